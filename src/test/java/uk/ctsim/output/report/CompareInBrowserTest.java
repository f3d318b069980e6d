package uk.ctsim.output.report;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * compare.html in headless Chromium: no console errors, both charts drawn, a filter clicked changes the table and
 * the charts, a hover shows a value with its interval, and the CSV download writes the table shown.
 */
@Tag("slow")
class CompareInBrowserTest {
  @TempDir
  Path tmp;

  @Test
  void thePageFiltersHoversAndDownloadsItsTable() throws Exception {
    Path page = tmp.resolve("compare.html");
    Files.writeString(page, CompareHtml.render(CompareFixture.comparison(), "A vs B"));
    Path downloads = Files.createDirectories(tmp.resolve("downloads"));
    ChromeDriver browser = Browser.open(tmp.resolve("profile"), downloads);
    try {
      browser.get(page.toUri().toString());
      assertThat(browser.findElement(By.id("lead")).getText()).contains("differences from A with paired 95% intervals");
      assertThat(painted(browser, "means")).as("pixels drawn on the means chart").isGreaterThan(1000);
      assertThat(painted(browser, "diffs")).as("pixels drawn on the differences chart").isGreaterThan(100);
      // Headline group: 6 money metrics × 2 runs.
      assertThat(rows(browser)).isEqualTo(12);
      // Hovering the first bar (the real mouse, through Selenium) shows its value with its interval and method.
      WebElement canvas = browser.findElement(By.id("means"));
      @SuppressWarnings("unchecked")
      List<Number> at = (List<Number>) browser.executeScript("var c = Chart.getChart('means');"
          + "var bar = c.getDatasetMeta(0).data[0]; var r = c.canvas.getBoundingClientRect();"
          + "return [bar.x - r.width / 2, (bar.y + bar.base) / 2 - r.height / 2];");
      new Actions(browser).moveToElement(canvas, at.get(0).intValue(), at.get(1).intValue()).perform();
      String tip = "";
      for (int i = 0; i < 50 && tip.isEmpty(); i++) {
        Thread.sleep(100);
        tip = (String) browser.executeScript("var t = Chart.getChart('means').tooltip;"
            + "return t.opacity > 0 && t.body ? t.body.map(function (b) { return b.lines.join(' '); }).join('|') : '';");
      }
      assertThat(tip).isEqualTo("A: £1,856,843 (95% CI £0 to £9,700,179, t-cut-at-zero); P90 £2,350,670");

      browser.findElement(By.xpath("//select[@id='group']/option[text()='By force']")).click();
      List<WebElement> forces = browser.findElements(By.cssSelector("#values input"));
      assertThat(forces).hasSize(4);
      assertThat(rows(browser)).isEqualTo(8);
      String before = browser.findElement(By.id("count")).getText();
      long beforeMeans = painted(browser, "means");
      forces.get(0).click(); // Met off
      assertThat(rows(browser)).isEqualTo(6);
      assertThat(browser.findElement(By.id("count")).getText()).isNotEqualTo(before);
      assertThat(browser.findElements(By.xpath("//table[@id='table']/tbody/tr/td[3][text()='Met']"))).isEmpty();
      assertThat(browser.findElements(By.xpath("//table[@id='table']/tbody/tr/td[3][text()='BTP']"))).hasSize(2);
      assertThat(painted(browser, "means")).as("the means chart redrawn without the Met").isNotEqualTo(beforeMeans);
      browser.findElement(By.cssSelector("#runs input[value='A']")).click(); // a run off
      assertThat(rows(browser)).isEqualTo(3);
      // The hostile label is shown as text.
      assertThat(browser.findElement(By.id("table")).getText()).contains(CompareFixture.HOSTILE);

      String expected = (String) browser.executeScript("return window.ctsimCompare.csv()");
      assertThat(expected).startsWith("Run,Group,Metric,n,Mean,95% CI low,95% CI high,Interval,P90,Difference from A,")
          .contains("City of London");
      browser.findElement(By.id("download")).click();
      Path csv = downloads.resolve("comparison-table.csv");
      for (int i = 0; i < 100 && !Files.exists(csv); i++) Thread.sleep(100);
      assertThat(csv).exists();
      assertThat(Files.readString(csv)).isEqualTo(expected);
      assertThat(Files.readString(csv).lines()).hasSize(1 + 3);
      assertThat(Browser.consoleErrors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }

  private static long rows(ChromeDriver browser) {
    return browser.findElements(By.cssSelector("#table tbody tr")).size();
  }

  /** A checksum of the canvas's pixels that differs from 0 once something is drawn. */
  private static long painted(ChromeDriver browser, String id) {
    Object sum = browser.executeScript("var c = document.getElementById(arguments[0]);"
        + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; var n = 0;"
        + "for (var i = 3; i < d.length; i += 4) if (d[i] > 0) n += 1 + (i % 7919) * d[i - 1] % 13; return n;", id);
    return ((Number) sum).longValue();
  }
}
