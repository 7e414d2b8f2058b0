"""Error pages as a browser gets them from the real server: Vietnamese first, inside the layout, and back to the page
the person came from when it was one of this site's, never to another site."""


def test_the_way_back_is_the_page_they_came_from_on_this_site(server_factory, sqlite_url):
    server = server_factory(sqlite_url).start()
    own = f"{server.url}/organisations/xa-tan-thanh?lang=vi"
    status, _, body = server.request("GET", "/bookings/TD-2026-999999?token=sai", headers={"Accept": "text/html", "Referer": own})
    page = body.decode()
    assert status == 404
    assert '<h1 id="error-heading">Không tìm thấy trang</h1>' in page
    assert '<a href="/organisations/xa-tan-thanh?lang=vi" id="error-back">' in page
    assert "TD-2026-000123" in page, "says what a reference looks like"
    status, _, body = server.request("GET", "/bookings/TD-2026-999999", headers={"Accept": "text/html", "Referer": "https://lua-dao.example/"})
    assert '<a href="/" id="error-back">' in body.decode()
    assert server.stop() == 0
