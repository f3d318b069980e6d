package uk.ctsim.experiment;

/** One bin of a histogram of officers: how many had a value in [fromHours, toHours). */
public record HistogramBin(double fromHours, double toHours, int officers) {}
