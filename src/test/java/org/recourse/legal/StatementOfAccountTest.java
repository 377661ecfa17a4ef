package org.recourse.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.CaseNumbers;
import org.recourse.intake.internal.PlacementOutcome;
import org.recourse.legal.internal.packet.CourtPackets;
import org.recourse.payment.Ledger;
import org.recourse.support.EngineTest;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One statement of account: after a payment, its reversal, an overpayment and the refund of the credit, the validation
 * notice, the court packet's statement and the ledger API give the same figures.
 */
@AutoConfigureMockMvc
class StatementOfAccountTest extends EngineTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  Ledger ledger;
  @Autowired
  AccountRegistry registry;

  @Test
  void a_payment_its_reversal_and_a_refund_read_the_same_in_the_notice_the_packet_and_the_api() throws Exception {
    String caseNumber = ((PlacementOutcome.Placed) intake.place(TestData.placement(TestData.accountNumber(),
        "1200.00", null), "admin")).caseNumber();
    long accountId = CaseNumbers.idOf(caseNumber);
    BigDecimal owed = ledger.balance(accountId);
    pay(caseNumber, "ACH-1-" + caseNumber, "100.00");
    mvc.perform(post("/api/payments/{r}/reversal", "ACH-1-" + caseNumber).with(httpBasic("manager", "manager"))
        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"RETURNED\", \"note\": \"NSF\"}"))
        .andExpect(status().isCreated());
    pay(caseNumber, "ACH-2-" + caseNumber, owed.add(new BigDecimal("52.50")).toPlainString());
    JsonNode refund = json.readTree(mvc.perform(post("/api/cases/{n}/refunds", caseNumber)
            .with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"amount\": 52.50, \"reason\": \"Overpaid\"}"))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    mvc.perform(post("/api/refunds/{id}/decision", refund.path("id").asLong()).with(httpBasic("manager2", "manager2"))
        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\": true}")).andExpect(status().isOk());

    // What was paid, net of the reversal and the refund, is the balance owed before: nothing is owed now.
    BigDecimal paymentsAndCredits = owed;
    JsonNode api = json.readTree(mvc.perform(get("/api/cases/{n}/ledger", caseNumber)
        .with(httpBasic("collector", "collector"))).andReturn().getResponse().getContentAsString()).path("statement");
    assertThat(api.path("paymentsAndCredits").decimalValue()).isEqualByComparingTo(paymentsAndCredits);
    assertThat(api.path("fees").decimalValue()).isEqualByComparingTo("35.00");
    assertThat(api.path("interest").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(api.path("balance").decimalValue()).isEqualByComparingTo("0.00");

    var packet = CourtPackets.statement(registry.account(accountId), ledger.entries(accountId));
    assertThat(List.of(packet.amountOnItemizationDate(), packet.interest(), packet.fees(), packet.paymentsAndCredits(),
        packet.balance())).usingElementComparator(BigDecimal::compareTo).containsExactly(
        api.path("owedOnItemizationDate").decimalValue(), api.path("interest").decimalValue(),
        api.path("fees").decimalValue(), api.path("paymentsAndCredits").decimalValue(),
        api.path("balance").decimalValue());
    assertThat(packet.lastPayment().amount()).as("the payment that stands, not the reversed one")
        .isEqualByComparingTo(owed.add(new BigDecimal("52.50")));

    byte[] notice = mvc.perform(get("/api/cases/{n}/letters/validation-notice/preview", caseNumber)
            .param("language", "en").with(httpBasic("manager", "manager")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (var pdf = Loader.loadPDF(notice)) {
      String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
      assertThat(text).contains("$1,200.00", "in interest: + $0.00", "in fees: + $35.00",
          "$" + String.format("%,.2f", paymentsAndCredits), "Total amount of the debt now: $0.00");
    }
  }

  private void pay(String caseNumber, String reference, String amount) throws Exception {
    mvc.perform(post("/api/payments").with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON)
        .content("""
            {"caseNumber": "%s", "reference": "%s", "amount": %s, "receivedOn": "2026-03-04"}"""
            .formatted(caseNumber, reference, amount))).andExpect(status().isCreated());
  }
}
