package uk.ctsim.scenario;

/** Police ranks. Superintendent stands for superintendent and above. */
public enum Rank {
  CONSTABLE, SERGEANT, INSPECTOR, CHIEF_INSPECTOR, SUPERINTENDENT
}
