package uk.ctsim.output.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import uk.ctsim.cost.CostCategory;
import uk.ctsim.model.events.Strand;
import uk.ctsim.scenario.Role;

/** Colours are named by category, role and strand, so they do not move when an enum gains or reorders a constant. */
class PaletteTest {
  @Test
  void aSeriesKeyGetsItsCategorysColourWhateverItsPosition() {
    assertThat(Palette.of(Labels.of(CostCategory.OVERTIME), 7)).isEqualTo(new Color(0xE69F00));
    assertThat(Palette.of(Labels.of(CostCategory.SPECIAL_GRANT), 0)).isEqualTo(new Color(0x009E73));
    assertThat(Palette.of(Labels.of(Role.CTSFO), 0)).isEqualTo(new Color(0x7F7F7F));
    assertThat(Palette.of(Labels.of(Strand.PURSUE), 3)).isEqualTo(new Color(0x332288));
    assertThat(Palette.of("a key of no category", 1)).isEqualTo(new Color(0xE69F00));
    assertThat(Palette.of("a key of no category", 13)).isEqualTo(new Color(0xE69F00));
  }
}
