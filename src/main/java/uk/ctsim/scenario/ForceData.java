package uk.ctsim.scenario;

/**
 * One force's row of a shipped force dataset (docs/FORCES-2017.md): published figures, each with its source there.
 *
 * @param id the force's code
 * @param name the force's name
 * @param region the Home Office region (the nine English regions, Wales, or national for BTP)
 * @param officers police officers, full-time equivalent
 * @param staff police staff, full-time equivalent (reference only)
 * @param pcsos police community support officers, full-time equivalent (reference only)
 * @param specials special constables, headcount (reference only)
 * @param afo authorised firearms officers, headcount, or null where no figure was found
 * @param payRegion the force's pay area
 * @param budgetGbp net revenue budget in pounds, or null where no figure was found
 * @param ctHub the force hosting the regional counter-terrorism unit
 * @param latitude headquarters latitude, degrees
 * @param longitude headquarters longitude, degrees
 */
public record ForceData(ForceId id, String name, String region, double officers, double staff, double pcsos,
    int specials, Integer afo, PayRegion payRegion, Double budgetGbp, ForceId ctHub, double latitude,
    double longitude) {}
