package uk.ctsim.model.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {
  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void holidaysOf2017AsPublishedByGovUk() {
    assertThat(BankHolidays.forYear(2017)).containsExactly(d(2017, 1, 2), d(2017, 4, 14), d(2017, 4, 17),
        d(2017, 5, 1), d(2017, 5, 29), d(2017, 8, 28), d(2017, 12, 25), d(2017, 12, 26));
  }

  @Test
  void movedAndExtraDaysByProclamation() {
    assertThat(BankHolidays.forYear(2020)).contains(d(2020, 5, 8)).doesNotContain(d(2020, 5, 4));
    assertThat(BankHolidays.forYear(2022)).contains(d(2022, 6, 2), d(2022, 6, 3), d(2022, 9, 19))
        .doesNotContain(d(2022, 5, 30));
    assertThat(BankHolidays.forYear(2023)).contains(d(2023, 5, 8));
  }

  @Test
  void christmasAtTheWeekendIsSubstituted() {
    // 2021: Christmas on Saturday, Boxing Day on Sunday -> Monday 27 and Tuesday 28.
    assertThat(BankHolidays.forYear(2021)).contains(d(2021, 12, 27), d(2021, 12, 28)).doesNotContain(d(2021, 12, 25));
    // 2022: Christmas on Sunday -> Boxing Day Monday 26 and substitute Tuesday 27.
    assertThat(BankHolidays.forYear(2022)).contains(d(2022, 12, 26), d(2022, 12, 27));
  }

  @Test
  void everyYearFrom2016To2030HasEightOrMoreHolidaysAndEasterIsRight() {
    for (int y = 2016; y <= 2030; y++) assertThat(BankHolidays.forYear(y)).hasSizeGreaterThanOrEqualTo(8);
    assertThat(BankHolidays.easterSunday(2017)).isEqualTo(d(2017, 4, 16));
    assertThat(BankHolidays.easterSunday(2024)).isEqualTo(d(2024, 3, 31));
    assertThat(BankHolidays.easterSunday(2030)).isEqualTo(d(2030, 4, 21));
  }
}
