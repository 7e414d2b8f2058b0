"""The browser every page test drives: headless Chromium as a Vietnamese user has it."""
import shutil

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


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


def wait(browser):
    """A wait that looks again while the browser is between two pages."""
    return WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException, WebDriverException))


def wait_for(browser, element_id):
    return wait(browser).until(EC.presence_of_element_located((By.ID, element_id)))


def text_of(browser, element_id):
    """The element's text once the page that has it has settled."""
    return wait(browser).until(lambda driver: driver.find_element(By.ID, element_id).text or None)


def click(browser, css):
    """Clicks the first element matching `css` once the page that has it has loaded."""
    def clicked(driver):
        try:
            driver.find_element(By.CSS_SELECTOR, css).click()
            return True
        except (StaleElementReferenceException, NoSuchElementException, WebDriverException):
            return False
    wait(browser).until(clicked)


def fill(browser, field, text):
    element = browser.find_element(By.ID, field)
    element.clear()
    element.send_keys(text)
