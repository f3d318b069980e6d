package uk.ctsim.output.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** compare.html is one self-contained file whose data cannot break out of its script element. */
class CompareHtmlTest {
  @Test
  void thePageHoldsChartJsItsScriptAndTheDataWithNothingFetched() {
    String html = CompareHtml.render(CompareFixture.comparison(), "A vs B");
    assertThat(html).contains("<title>ctsim comparison: A vs B</title>");
    assertThat(html).doesNotContain("src=\"", "href=\"http", "<link ", "@DATA@", "@CHARTJS@", "@SCRIPT@");
    assertThat(html).contains("Chart.js v4.4.1");
    // The hostile label appears only escaped inside the JSON: the one "</script>" it holds is not in the page.
    assertThat(html.split("</script>", -1)).hasSize(3 + 1);
    assertThat(html).contains("B \\u003c/script>\\u003cb>bold\\u003c/b>");
  }

  @Test
  void metricsGetTheirGroupAndLabelFromOnePlace() {
    assertThat(MetricNames.of("cost.by_force.BTP")).isEqualTo(new MetricNames.Name("By force", "BTP", true));
    assertThat(MetricNames.of("cost.additional_by_funder.CT_POLICING_GRANT"))
        .isEqualTo(new MetricNames.Name("Additional (cash) by funder", "CT policing grant", true));
    assertThat(MetricNames.of("cost.by_financial_year.2017-18"))
        .isEqualTo(new MetricNames.Name("By financial year", "2017-18", true));
    assertThat(MetricNames.of("cost.total")).isEqualTo(new MetricNames.Name("Headline", "Total cost", true));
    assertThat(MetricNames.of("kpi.unmet_hours.CTSFO")).isEqualTo(new MetricNames.Name("Unmet hours by role", "CTSFO", false));
    assertThat(MetricNames.of("grant.incidents_passing"))
        .isEqualTo(new MetricNames.Name("Indicators", "Incidents above the grant threshold", false));
    assertThat(MetricNames.of("kpi.rest_days_cancelled")).isEqualTo(new MetricNames.Name("Indicators", "rest days cancelled", false));
  }

  @Test
  void onlyTheTemplatesPlaceholdersAreFilled() {
    assertThat(CompareHtml.fill("<a>@X@</a>@Y@", Map.of("X", "@Y@", "Y", "2"))).isEqualTo("<a>@Y@</a>2");
    assertThatThrownBy(() -> CompareHtml.scriptSafe("var s = '</script>';")).isInstanceOf(IllegalStateException.class);
  }
}
