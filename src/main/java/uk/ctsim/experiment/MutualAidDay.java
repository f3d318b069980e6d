package uk.ctsim.experiment;

import java.time.LocalDate;
import uk.ctsim.scenario.ForceId;

/**
 * One day of one lending force's officers at one receiving force, through mutual aid as people.
 *
 * @param date the day
 * @param lender the force that lent the officers
 * @param receiver the force that received them (the lead force of the demand they were lent for)
 * @param officersAway lent officers away from the lender on any part of the day (travelling, on duty or resting at the
 *     receiving force): the lender's capacity lost that day
 * @param shiftsWorked shifts starting that day worked at the receiving force by the lender's officers
 * @param officersTravelling lent officers who set out that day, to the receiving force or home again
 */
public record MutualAidDay(LocalDate date, ForceId lender, ForceId receiver, int officersAway, int shiftsWorked,
    int officersTravelling) {}
