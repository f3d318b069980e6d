package uk.ctsim.model;

import java.util.List;

/** How a deployment would be paid for one officer, and which working-time rules it would suspend. */
record Assignment(int rosteredMinutes, int overtimeMinutes, List<String> suspendedRules) {}
