package uk.ctsim.output.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens report.html in headless Chromium, as a reader would: no console errors, every chart image decoded and drawn
 * with a size, and a folded section (the assumptions register) that opens when its summary is clicked.
 */
@Tag("slow") // starts a headless browser: left out of the fast set (-Pfast)
class ReportInBrowserTest {
  @TempDir
  Path tmp;

  @Test
  void theReportOpensWithEveryChartDrawnAndNoErrors() {
    Path report = ReportFilesTest.writeRunInto(tmp).resolve("report.html");
    ChromeDriver browser = Browser.open(tmp.resolve("profile"), tmp.resolve("downloads"));
    try {
      browser.get(report.toUri().toString());
      List<WebElement> images = browser.findElements(By.tagName("img"));
      assertThat(images).hasSize(13);
      for (WebElement img : images) {
        Object drawn = browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth", img);
        assertThat(((Number) drawn).intValue()).as(img.getAttribute("alt")).isEqualTo(1000);
        assertThat(img.getSize().getWidth()).as(img.getAttribute("alt")).isGreaterThan(500);
      }
      WebElement register = browser.findElement(By.cssSelector("table.register"));
      assertThat(register.isDisplayed()).as("the register is folded away at first").isFalse();
      register.findElement(By.xpath("ancestor::details/summary")).click();
      assertThat(register.isDisplayed()).as("the register after its summary is clicked").isTrue();
      assertThat(Browser.consoleErrors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }
}
