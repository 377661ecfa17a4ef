package org.recourse.legal.internal.packet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

@Component("generateCourtPacketDelegate")
public class GenerateCourtPacketDelegate implements JavaDelegate {

  private final CourtPackets packets;

  GenerateCourtPacketDelegate(CourtPackets packets) {
    this.packets = packets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    packets.generate(execution.getProcessInstanceId(), Actors.SYSTEM);
  }
}
