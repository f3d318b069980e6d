package uk.ctsim.cost;

/** What a cost line pays for. Each category has one kind, except where noted in the cost rules document. */
public enum CostCategory {
  /** Rostered hours diverted from ordinary duty (opportunity). */
  ABSTRACTION,
  /** Casual overtime of constables and sergeants (additional). */
  OVERTIME,
  /** Rest day worked at short notice (additional). */
  REST_DAY,
  /** Public holiday worked (additional). */
  PUBLIC_HOLIDAY,
  /** Annual leave cancelled and worked (additional). */
  LEAVE_CANCELLED,
  /** Annex U unsocial-hours allowance for hours worked between 20:00 and 06:00 outside the rostered tour (additional). */
  UNSOCIAL_HOURS,
  /** Premium time officers elected to take as time off instead of pay: the liability, valued at O (opportunity). */
  TIME_OWED,
  /**
   * Time given back (opportunity): days in lieu of public holidays and recalled leave, rest days re-rostered with
   * notice, and extra hours of ranks not paid premiums.
   */
  TIME_OFF_IN_LIEU,
  /** Charges for officers of other forces, to the receiving force; what the lenders do not recover, to them (additional). */
  MUTUAL_AID,
  /**
   * Annex U allowances by the night or day: away from home and hardship for mutual-aid officers, and the on-call
   * allowance of officers held on call (reference {@code on-call:<rota id>}) (additional).
   */
  ALLOWANCES,
  /** Refreshments for officers on events and incidents (additional). */
  CATERING,
  /** Non-pay items: barriers, vehicles, forensic services (additional). */
  NON_PAY,
  /** Military backfill charged to policing (additional). */
  MILITARY,
  /** Cost recovered from event organisers (additional, negative). */
  RECOVERY,
  /**
   * An incident's special-grant claim: the claimable amount moved from the force's core budget (negative) to the
   * special grant (positive); the two lines cancel (additional).
   */
  SPECIAL_GRANT,
  /** Police staff's working-day hours diverted to a demand (opportunity). */
  STAFF_TIME,
  /** Police staff's hours outside their working day and on public holidays, at the Police Staff Council's rates (additional). */
  STAFF_OVERTIME,
  /** Special constables' expenses, a fixed amount per duty (additional; the volunteers are not paid). */
  SPECIALS_EXPENSES
}
