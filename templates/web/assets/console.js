// The live console without reloads: a mark or a call-in is posted in the background and the
// row updated in place, so the clerk keeps her place in the rundown. Without JavaScript the same
// forms post normally and the page comes back at the same row. On a failed request over a weak
// connection the form is posted the plain way, so nothing the clerk entered is lost.
(function () {
  "use strict";
  var clock = document.getElementById("clock");

  function minutes(seconds) {
    var sign = seconds < 0 ? "-" : "";
    seconds = Math.abs(Math.round(seconds));
    var s = seconds % 60;
    return sign + Math.floor(seconds / 60) + ":" + (s < 10 ? "0" : "") + s;
  }

  // The rundown time of the rows marked so far: where the programme should be by now.
  function plannedDone() {
    var total = 0;
    document.querySelectorAll(".console-row").forEach(function (row) {
      if (row.getAttribute("data-state") !== "pending") { total += Number(row.getAttribute("data-seconds") || 0); }
    });
    return total;
  }

  function tick() {
    var started = Number(clock.dataset.started || 0);
    if (!started) { return; }
    var elapsed = (Date.now() - started) / 1000;
    var offset = elapsed - plannedDone();
    var shown = document.getElementById("clock-elapsed");
    var drift = document.getElementById("clock-offset");
    if (shown) { shown.textContent = minutes(elapsed); }
    if (drift) {
      drift.textContent = Math.abs(offset) < 30 ? clock.dataset.onTime
        : (offset > 0 ? clock.dataset.behind : clock.dataset.ahead) + " " + minutes(Math.abs(offset));
    }
  }

  if (clock) { tick(); window.setInterval(tick, 1000); }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var kind = form.getAttribute("data-live");
    if (!kind || !window.fetch) { return; }
    event.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) { data.append(event.submitter.name, event.submitter.value); }
    var status = form.querySelector(".row-status");
    fetch(form.action, { method: "POST", body: data, credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        if (!result.ok) {
          if (status) { status.textContent = result.body.detail || ""; }
          return;
        }
        var body = result.body;
        if (kind === "mark") {
          var row = document.getElementById("row-" + body.question_ref);
          row.setAttribute("data-state", body.state);
          row.querySelector("[data-role=state]").textContent = body.state_label;
        } else {
          var item = document.createElement("li");
          item.id = "call-" + body.question_ref;
          item.textContent = body.question_ref + " · " + body.caller + " · " + body.question + " · " + body.state_label;
          document.getElementById("call-ins").appendChild(item);
          form.reset();
        }
        if (clock) { tick(); }
        if (status) { status.textContent = body.saved; }
      })
      .catch(function () {
        form.removeAttribute("data-live");
        if (event.submitter) { form.requestSubmit(event.submitter); } else { form.requestSubmit(); }
      });
  });
}());
