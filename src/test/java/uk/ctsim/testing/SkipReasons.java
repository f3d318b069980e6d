package uk.ctsim.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints, in the build output, every test that was skipped and why (an assumption that failed, such as "Chromium is
 * not installed", or {@code @Disabled}), so a reader of {@code mvn test} sees more than a count of skipped tests.
 * Registered for the JUnit Platform in {@code META-INF/services}.
 */
public final class SkipReasons implements TestExecutionListener {
  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    System.out.println("[SKIPPED] " + test.getDisplayName() + ": " + reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      String reason = result.getThrowable().map(Throwable::getMessage).orElse("no reason given");
      System.out.println("[SKIPPED] " + test.getDisplayName() + ": " + reason);
    }
  }
}
