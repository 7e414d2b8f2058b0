"""The browser every page test drives: headless Chromium as a Vietnamese user has it."""
import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(argument)
    # A clerk's or citizen's browser in Vietnam asks for Vietnamese first.
    options.add_argument("--lang=vi")
    options.add_experimental_option("prefs", {"intl.accept_languages": "vi-VN,vi,en"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
