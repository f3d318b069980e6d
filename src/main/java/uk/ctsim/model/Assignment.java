package uk.ctsim.model;

import java.util.List;

/**
 * How a deployment would be paid for one officer, and which working-time rules it would suspend.
 *
 * @param tourStart start of the officer's rostered tour that the deployment uses or moves, or -1 (rest day, leave)
 * @param tourEnd end of that tour, or -1
 */
record Assignment(int rosteredMinutes, int overtimeMinutes, List<String> suspendedRules, long tourStart, long tourEnd) {}
