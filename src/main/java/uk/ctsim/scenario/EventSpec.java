package uk.ctsim.scenario;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A named event on the calendar (PROTECT demand).
 *
 * @param id short unique identifier, used in output files
 * @param name human name
 * @param type event type, which selects the posture profile
 * @param force lead force (default MET); its officers are used first
 * @param start first day
 * @param days number of consecutive days
 * @param dailyStart time the policing operation starts each day
 * @param dailyHours length of each day's operation; officers work it as one shift up to the maximum shift length,
 *     longer operations are split into shifts
 * @param attendance expected attendance (information; reported)
 * @param priority 1 (highest) to 9; when supply runs out, lower priorities go short first
 * @param planningDate the date the policing plan is made (default: 90 days before start); staffing is set at the
 *     posture known then and re-planned at short notice if posture rises before the event
 * @param referenceLevel the threat level at which {@code staffing} is stated
 * @param staffing officers required at the reference posture
 * @param nonPay non-pay items for each event day
 * @param recoveredShare chargeable share of the event's policing (officer-hours at full-cost rates, and non-pay) charged to
 *     the organiser as special police services (s25 Police Act 1996)
 */
public record EventSpec(String id, String name, EventType type, ForceId force, LocalDate start, Integer days,
    LocalTime dailyStart, Double dailyHours, Integer attendance, Integer priority, LocalDate planningDate,
    ThreatLevel referenceLevel, List<StaffingRow> staffing, List<NonPayItem> nonPay, Double recoveredShare) {

  public EventSpec {
    Require.id(id, "id");
    name = Require.orDefault(name, id);
    Require.present(type, "type");
    force = Require.orDefault(force, ForceId.MET);
    Require.isTrue(force != ForceId.NATIONAL, "force: an event is led by one of the scenario's forces; NATIONAL is the mutual-aid pool");
    Require.present(start, "start");
    days = Require.count(Require.orDefault(days, 1), "days", 366);
    Require.isTrue(days >= 1, "days: must be at least 1");
    dailyStart = Require.orDefault(dailyStart, LocalTime.of(8, 0));
    dailyHours = Require.range(Require.orDefault(dailyHours, 10.0), "dailyHours", 1, 24);
    attendance = Require.count(Require.orDefault(attendance, 0), "attendance", 20_000_000);
    priority = Require.count(Require.orDefault(priority, 5), "priority", 9);
    Require.isTrue(priority >= 1, "priority: must be 1 (highest) to 9");
    planningDate = Require.orDefault(planningDate, start.minusDays(90));
    Require.isTrue(!planningDate.isAfter(start), "planningDate: " + planningDate + " is after the event starts (" + start + ")");
    referenceLevel = Require.orDefault(referenceLevel, ThreatLevel.SEVERE);
    staffing = List.copyOf(Require.present(staffing, "staffing"));
    Require.isTrue(!staffing.isEmpty(), "staffing: an event needs at least one staffing row");
    nonPay = List.copyOf(Require.orDefault(nonPay, List.of()));
    recoveredShare = Require.share(Require.orDefault(recoveredShare, 0.0), "recoveredShare");
  }

  public LocalDate end() {
    return start.plusDays(days - 1L);
  }

  public int officersAtReference() {
    return staffing.stream().mapToInt(StaffingRow::officers).sum();
  }
}
