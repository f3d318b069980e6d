package uk.ctsim.model;

import java.util.List;
import uk.ctsim.model.events.Minutes;
import uk.ctsim.model.events.WorkingTimeRule;

/**
 * How a deployment would be paid for one officer, and which working-time rules it would suspend.
 *
 * @param tourStart start of the officer's rostered tour that the deployment uses or moves, or {@link Minutes#NONE}
 *     (rest day, leave)
 * @param tourEnd end of that tour, or {@link Minutes#NONE}
 */
record Assignment(int rosteredMinutes, int overtimeMinutes, List<WorkingTimeRule> suspendedRules, long tourStart,
    long tourEnd) {}
