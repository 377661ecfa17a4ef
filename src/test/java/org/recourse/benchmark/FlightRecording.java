package org.recourse.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A Flight Recorder recording of a benchmark's measured part, when {@code -Dbenchmark.jfr=path} asks for one
 * (inside {@code -Dbenchmark.options}): the profile settings, with socket reads and lock waits from 2 ms so that the
 * slow ones of a fast path show.
 */
final class FlightRecording implements AutoCloseable {

  private final Recording recording;

  private FlightRecording(Recording recording) {
    this.recording = recording;
  }

  static FlightRecording startIfAsked() throws IOException, ParseException {
    String destination = System.getProperty("benchmark.jfr");
    if (destination == null) {
      return new FlightRecording(null);
    }
    Recording recording = new Recording(Configuration.getConfiguration("profile"));
    recording.enable("jdk.SocketRead").withThreshold(java.time.Duration.ofMillis(2)).withStackTrace();
    recording.enable("jdk.JavaMonitorEnter").withThreshold(java.time.Duration.ofMillis(2)).withStackTrace();
    recording.enable("jdk.ThreadPark").withThreshold(java.time.Duration.ofMillis(2)).withStackTrace();
    recording.setDestination(Path.of(destination));
    recording.start();
    return new FlightRecording(recording);
  }

  @Override
  public void close() {
    if (recording != null) {
      recording.stop();
      recording.close();
    }
  }
}
