/**
 * The Spark engine: an experiment's replications as Spark tasks ({@link uk.ctsim.spark.ReplicationTask}), their
 * digests collected in replication order into a run folder as a local {@code ctsim run --outputs data} writes it
 * ({@link uk.ctsim.spark.SparkMain}, the class {@code spark-submit} runs). Only this module imports Spark; it uses
 * ctsim through its public classes (scenario, experiment, output).
 */
package uk.ctsim.spark;
