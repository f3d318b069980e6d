package uk.ctsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void resultsComeInTheOrderTheTasksWereGivenNotTheOrderTheyFinish() {
    // The first task waits until the second has finished, so on two threads they finish in reverse order.
    CountDownLatch secondDone = new CountDownLatch(1);
    List<Callable<String>> tasks = List.of(() -> {
      assertThat(secondDone.await(10, TimeUnit.SECONDS)).isTrue();
      return "first";
    }, () -> {
      secondDone.countDown();
      return "second";
    });
    assertThat(Parallel.inOrder(tasks, 2, "test")).containsExactly("first", "second");
  }

  @Test
  void tasksRunOnNamedDaemonThreadsNoMoreThanAsked() {
    List<Callable<Thread>> tasks = new ArrayList<>();
    for (int i = 0; i < 6; i++) tasks.add(Thread::currentThread);
    List<Thread> threads = Parallel.inOrder(tasks, 1, "ctsim-test");
    assertThat(threads).allSatisfy(t -> {
      assertThat(t.getName()).isEqualTo("ctsim-test");
      assertThat(t.isDaemon()).isTrue();
    });
    assertThat(threads.stream().distinct()).hasSize(1);
    assertThat(Parallel.inOrder(List.<Callable<Integer>>of(), 4, "none")).isEmpty();
  }

  @Test
  void aTasksFailureIsRethrownAsItselfAndACheckedOneIsWrapped() {
    IllegalArgumentException bad = new IllegalArgumentException("bad input");
    assertThatThrownBy(() -> Parallel.inOrder(List.<Callable<Integer>>of(() -> 1, () -> {
      throw bad;
    }), 2, "t")).isSameAs(bad);
    AssertionError error = new AssertionError("broken");
    assertThatThrownBy(() -> Parallel.inOrder(List.<Callable<Integer>>of(() -> {
      throw error;
    }), 1, "t")).isSameAs(error);
    assertThatThrownBy(() -> Parallel.inOrder(List.<Callable<Integer>>of(() -> {
      throw new IOException("disk");
    }), 1, "t")).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(IOException.class);
  }
}
