package uk.ctsim.cost;

import java.util.Arrays;
import uk.ctsim.model.events.DemandRef;
import uk.ctsim.model.events.SimEvent.OfficerDeployed;
import uk.ctsim.scenario.Funder;

/**
 * Adds the amounts of the deployment it was last started on to the accountant's table of pence by line key, under the
 * deployment's key. Deployments
 * come in runs of one shift (same force, funder, demand and day), whose lines differ only in category and kind: the
 * key less those is worked out once a deployment, and each line's position in the table once a run.
 */
final class DeploymentLines implements DeploymentCosting.Amounts {
  private static final int KINDS = CostKind.values().length;
  private static final int UNKNOWN = -1;
  /** Position in {@link #merged} by category ordinal × KINDS + kind ordinal, UNKNOWN until first used in the run. */
  private final int[] positions = new int[CostCategory.values().length * KINDS];
  /** The key of the run's lines without category and kind; -1 (no key is negative) before the first. */
  private long lineless = -1;
  private final LineKeys keys;
  private final PenceTable merged;

  DeploymentLines(LineKeys keys, PenceTable merged) {
    this.keys = keys;
    this.merged = merged;
  }

  /** Points at a deployment whose pay is booked to {@code funder}: its amounts follow through {@link #add}. */
  void start(OfficerDeployed d, Funder funder) {
    DemandRef demand = d.demand();
    long key = keys.lineless(d.force(), funder, demand.strand(), demand.kind(), demand.reference(), d.minute());
    if (key != lineless) {
      lineless = key;
      Arrays.fill(positions, UNKNOWN);
    }
  }

  @Override
  public void add(CostCategory category, CostKind kind, long pence) {
    int cell = category.ordinal() * KINDS + kind.ordinal();
    int at = positions[cell];
    if (at == UNKNOWN) {
      at = merged.position(LineKeys.withLine(lineless, category, kind));
      positions[cell] = at;
    }
    merged.addAt(at, pence);
  }
}
