package org.recourse.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recourse.account.AccountSummary;
import org.recourse.account.Language;
import org.recourse.compliance.DisputeRequest;
import org.recourse.compliance.RestrictionKind;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.Documents;
import org.recourse.negotiation.Frequency;
import org.recourse.negotiation.IncomeAndExpenditure;
import org.recourse.payment.PaymentProcessor;
import org.recourse.payment.ProcessorPayments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The debtor's pages. The case is always the signed-in debtor's own, from their session, never from the address:
 * there is no address here that names another case. Every form posts; a refused one comes back with each field's
 * problem and what was typed, and writes nothing; a done one goes back to the case page saying what was done.
 */
@Controller
@RequestMapping("/portal")
class PortalPages {

  private final DebtorSignIn signIn;
  private final PortalSecurity.Debtors debtors;
  private final PortalCase portalCase;
  private final PortalRequests requests;
  private final ProcessorPayments processor;
  private final Documents documents;
  private final LocaleResolver locales;
  private final PortalLanguage.Words words;
  private final Clock clock;

  PortalPages(DebtorSignIn signIn, PortalSecurity.Debtors debtors, PortalCase portalCase, PortalRequests requests,
      ProcessorPayments processor, Documents documents, LocaleResolver locales, PortalLanguage.Words words, Clock clock) {
    this.signIn = signIn;
    this.debtors = debtors;
    this.portalCase = portalCase;
    this.requests = requests;
    this.processor = processor;
    this.documents = documents;
    this.locales = locales;
    this.words = words;
    this.clock = clock;
  }

  // ---- Signing in

  @GetMapping({"", "/"})
  String signInPage(@AuthenticationPrincipal PortalDebtor.Session debtor) {
    return debtor != null ? "redirect:/portal/case" : "portal/sign-in";
  }

  @GetMapping("/signed-out")
  String signedOut(Model model) {
    model.addAttribute("done", "signin.signed-out");
    return "portal/sign-in";
  }

  @PostMapping("/sign-in")
  String signIn(@RequestParam Map<String, String> typed, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    PortalForm form = new PortalForm(typed);
    form.text("reference", 40, true);
    LocalDate born = form.date("dateOfBirth", false);
    String zip = form.text("zip", 10, false);
    if (!form.present("dateOfBirth") && zip == null) {
      form.problem("dateOfBirth", "signin.second-fact");
    } else if (zip != null && !zip.matches("\\d{5}(-\\d{4})?")) {
      form.problem("zip", "form.zip");
    }
    if (form.refused()) {
      return refused(model, form, "portal/sign-in");
    }
    DebtorSignIn.Outcome outcome = signIn.withFacts(form.typed().get("reference"), born,
        zip == null ? null : zip.substring(0, 5), request.getRemoteAddr());
    return afterSignIn(outcome, born != null ? DebtorSignIn.Way.DATE_OF_BIRTH : DebtorSignIn.Way.ZIP, model, form,
        request, response);
  }

  @GetMapping("/link")
  String link(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    return afterSignIn(signIn.withLink(token, request.getRemoteAddr()), DebtorSignIn.Way.LINK, model,
        new PortalForm(Map.of()), request, response);
  }

  private String afterSignIn(DebtorSignIn.Outcome outcome, DebtorSignIn.Way way, Model model, PortalForm form,
      HttpServletRequest request, HttpServletResponse response) {
    if (!outcome.signedIn()) {
      model.addAttribute("refusal", outcome.refusal());
      if (outcome.retryAfter() != null) {
        model.addAttribute("refusalArg", outcome.refusal().equals("signin.stopped")
            ? Math.max(1, (Duration.between(clock.instant(), outcome.retryAfter()).toSeconds() + 59) / 60)
            : words.date(LocalDate.ofInstant(outcome.retryAfter(), ZoneOffset.UTC)));
      }
      model.addAttribute("typed", form.typed());
      response.setStatus(outcome.refusal().equals("signin.stopped") ? 429 : 401);
      return "portal/sign-in";
    }
    boolean chosen = PortalLanguage.chosen(request);
    debtors.signIn(new PortalDebtor(outcome.caseNumber(), way), request, response);
    if (!chosen) {
      locales.setLocale(request, response, outcome.language().locale());
    }
    return "redirect:/portal/case";
  }

  // ---- The case

  @GetMapping("/case")
  String casePage(@AuthenticationPrincipal PortalDebtor.Session debtor, Model model) {
    model.addAllAttributes(portalCase.of(debtor.caseNumber()));
    return "portal/case";
  }

  /** A letter exactly as it was sent, if it is one of the debtor's own. */
  @GetMapping("/letters/{id}")
  ResponseEntity<byte[]> letter(@AuthenticationPrincipal PortalDebtor.Session debtor, @PathVariable long id) {
    Document letter = portalCase.letters(debtor.caseNumber()).stream().filter(d -> d.getId() == id).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no letter " + id + " on this case"));
    byte[] content = documents.content(letter);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(letter.getMediaType()))
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(letter.getKind() + "-" + debtor.caseNumber() + ".pdf").build().toString())
        .body(content);
  }

  // ---- Dispute

  @GetMapping("/dispute")
  String disputePage(@AuthenticationPrincipal PortalDebtor.Session debtor, Model model) {
    model.addAllAttributes(portalCase.of(debtor.caseNumber()));
    return "portal/dispute";
  }

  @PostMapping("/dispute")
  String dispute(@AuthenticationPrincipal PortalDebtor.Session debtor, @RequestParam Map<String, String> typed,
      Model model, RedirectAttributes page, HttpServletRequest request) {
    PortalForm form = new PortalForm(typed);
    PortalRequests.DisputeReason reason = form.choice(PortalRequests.DisputeReason.class, "reason");
    DisputeRequest asks = form.choice(DisputeRequest.class, "request");
    String details = form.text("details", 2000, reason == PortalRequests.DisputeReason.OTHER);
    return act(debtor, form, model, page, "portal/dispute", "done.dispute",
        () -> requests.dispute(debtor.caseNumber(), reason, asks, details, request.getRemoteAddr()));
  }

  // ---- Contact choices

  @GetMapping("/contact")
  String contactPage(@AuthenticationPrincipal PortalDebtor.Session debtor, Model model) {
    contactModel(debtor, model);
    return "portal/contact";
  }

  private void contactModel(PortalDebtor.Session debtor, Model model) {
    Map<RestrictionKind, ?> active = portalCase.restrictions(debtor.caseNumber());
    model.addAttribute("caseNumber", debtor.caseNumber());
    model.addAttribute("ceased", active.containsKey(RestrictionKind.CEASE));
    model.addAttribute("noCalls", active.containsKey(RestrictionKind.NO_CALLS));
    model.addAttribute("noTexts", active.containsKey(RestrictionKind.NO_TEXTS));
    model.addAttribute("noEmail", active.containsKey(RestrictionKind.NO_EMAIL));
    model.addAttribute("avoid", active.get(RestrictionKind.INCONVENIENT_TIME));
    model.addAttribute("language", portalCase.account(debtor.caseNumber()).language());
  }

  @PostMapping("/contact")
  String contact(@AuthenticationPrincipal PortalDebtor.Session debtor, @RequestParam Map<String, String> typed,
      Model model, RedirectAttributes page) {
    PortalForm form = new PortalForm(typed);
    boolean stopAll = form.checked("stopAll");
    if (stopAll && !form.checked("stopAllUnderstood")) {
      form.problem("stopAllUnderstood", "contact.stop-understood");
    }
    LocalTime from = form.time("avoidFrom");
    LocalTime to = form.time("avoidTo");
    if ((from == null) != (to == null) || from != null && from.equals(to)) {
      form.problem("avoidFrom", "contact.avoid-both");
    }
    Language language = form.choice(Language.class, "language");
    if (form.refused()) {
      contactModel(debtor, model);
    }
    return act(debtor, form, model, page, "portal/contact", stopAll ? "done.stop" : "done.contact",
        () -> requests.chooseContact(debtor.caseNumber(), new PortalRequests.ContactChoices(stopAll,
            form.checked("calls"), form.checked("texts"), form.checked("email"), from, to, language)));
  }

  // ---- Promise, plan, settlement and the answer to an offer

  @GetMapping("/promise")
  String promisePage(@AuthenticationPrincipal PortalDebtor.Session debtor, Model model) {
    model.addAllAttributes(portalCase.of(debtor.caseNumber()));
    return "portal/promise";
  }

  @PostMapping("/promise")
  String promise(@AuthenticationPrincipal PortalDebtor.Session debtor, @RequestParam Map<String, String> typed,
      Model model, RedirectAttributes page) {
    PortalForm form = new PortalForm(typed);
    BigDecimal amount = form.amount("amount", true);
    LocalDate by = form.date("date", true);
    return act(debtor, form, model, page, "portal/promise", "done.promise",
        () -> requests.promise(debtor.caseNumber(), amount, by));
  }

  @GetMapping("/plan")
  String planPage(@AuthenticationPrincipal PortalDebtor.Session debtor, Model model) {
    model.addAllAttributes(portalCase.of(debtor.caseNumber()));
    model.addAttribute("frequencies", Frequency.values());
    return "portal/plan";
  }

  /** Checks the plan against the budget and shows its schedule ({@code step=check}), or agrees to it. */
  @PostMapping("/plan")
  String plan(@AuthenticationPrincipal PortalDebtor.Session debtor, @RequestParam Map<String, String> typed,
      Model model, RedirectAttributes page) {
    PortalForm form = new PortalForm(typed);
    BigDecimal income = form.amount("monthlyIncome", true);
    BigDecimal fixed = form.amountOrZero("fixedCosts");
    BigDecimal flexible = form.amountOrZero("flexibleCosts");
    BigDecimal other = form.amountOrZero("otherDebts");
    Integer installments = form.whole("installments", 2, 60);
    Frequency frequency = form.choice(Frequency.class, "frequency");
    LocalDate first = form.date("firstDate", true);
    boolean agree = "agree".equals(typed.get("step"));
    if (agree && !form.checked("agreed")) {
      form.problem("agreed", "plan.agree-required");
    }
    model.addAttribute("frequencies", Frequency.values());
    if (form.refused()) {
      model.addAllAttributes(portalCase.of(debtor.caseNumber()));
      return refused(model, form, "portal/plan");
    }
    IncomeAndExpenditure budget = new IncomeAndExpenditure(income, fixed, flexible, other);
    if (!agree) {
      try {
        model.addAttribute("schedule", requests.previewPlan(debtor.caseNumber(), budget, installments, frequency,
            first));
        model.addAttribute("disposable", income.subtract(fixed).subtract(flexible).subtract(other));
        model.addAttribute("typed", form.typed());
        model.addAllAttributes(portalCase.of(debtor.caseNumber()));
        return "portal/plan";
      } catch (PortalRequests.Refused refused) {
        model.addAllAttributes(portalCase.of(debtor.caseNumber()));
        return refusedByService(model, form, refused, "portal/plan");
      }
    }
    return act(debtor, form, model, page, "portal/plan", "done.plan",
        () -> requests.agreePlan(debtor.caseNumber(), budget, installments, frequency, first));
  }

  @GetMapping("/settle")
  String settlePage(@AuthenticationPrincipal PortalDebtor.Session debtor, Model model) {
    model.addAllAttributes(portalCase.of(debtor.caseNumber()));
    return "portal/settle";
  }

  @PostMapping("/settle")
  String settle(@AuthenticationPrincipal PortalDebtor.Session debtor, @RequestParam Map<String, String> typed,
      Model model, RedirectAttributes page) {
    PortalForm form = new PortalForm(typed);
    BigDecimal amount = form.amount("amount", true);
    LocalDate first = form.date("firstDate", true);
    Integer payments = form.whole("payments", 1, 12);
    return act(debtor, form, model, page, "portal/settle", "done.settle",
        () -> requests.requestSettlement(debtor.caseNumber(), amount, first, payments));
  }

  @PostMapping("/answer")
  String answer(@AuthenticationPrincipal PortalDebtor.Session debtor, @RequestParam Map<String, String> typed,
      Model model, RedirectAttributes page) {
    PortalForm form = new PortalForm(typed);
    Integer arrangement = form.whole("arrangement", 1, Integer.MAX_VALUE);
    boolean accepted = "ACCEPT".equals(typed.get("answer"));
    if (!accepted && !"DECLINE".equals(typed.get("answer"))) {
      form.problem("answer", "form.choose");
    }
    return act(debtor, form, model, page, "portal/case", accepted ? "done.accepted" : "done.declined",
        () -> requests.answer(debtor.caseNumber(), arrangement, accepted));
  }

  // ---- Paying

  @GetMapping("/pay")
  String payPage(@AuthenticationPrincipal PortalDebtor.Session debtor, Model model) {
    payModel(debtor, model);
    return "portal/pay";
  }

  private void payModel(PortalDebtor.Session debtor, Model model) {
    model.addAllAttributes(portalCase.of(debtor.caseNumber()));
    // One key per page: sent twice (a double click, a reload), the payment is charged and posted once.
    model.addAttribute("paymentKey", UUID.randomUUID().toString());
    model.addAttribute("checkout", processor.browserCheckout().orElse(null));
    model.addAttribute("methods", PaymentProcessor.Method.values());
  }

  @PostMapping("/pay")
  String pay(@AuthenticationPrincipal PortalDebtor.Session debtor, @RequestParam Map<String, String> typed,
      Model model, RedirectAttributes page, HttpServletRequest request) {
    PortalForm form = new PortalForm(typed);
    BigDecimal amount = form.amount("amount", true);
    PaymentProcessor.Method method = form.choice(PaymentProcessor.Method.class, "method");
    String key = form.typed().getOrDefault("paymentKey", "");
    if (!key.matches("[0-9a-f-]{36}")) {
      form.problem("amount", "pay.reload");
    }
    AccountSummary account = portalCase.account(debtor.caseNumber());
    if (form.refused()) {
      payModel(debtor, model);
      return refused(model, form, "portal/pay");
    }
    try {
      ProcessorPayments.Outcome outcome = requests.pay(debtor.caseNumber(), amount, account.currency(), method,
          form.typed().get("paymentToken"), key, form.checked("saveForInstallments"), request.getRemoteAddr(),
          request.getHeader("User-Agent"));
      page.addFlashAttribute("done", outcome.status() == PaymentProcessor.Status.PROCESSING ? "done.pay-processing"
          : "done.pay");
      page.addFlashAttribute("doneArgs", List.of(words.money(amount), outcome.reference()));
      return "redirect:/portal/case";
    } catch (PortalRequests.Refused refused) {
      payModel(debtor, model);
      return refusedByService(model, form, refused, "portal/pay");
    }
  }

  // ---- How a form is answered

  private String act(PortalDebtor.Session debtor, PortalForm form, Model model, RedirectAttributes page, String view,
      String done, Runnable request) {
    if (form.refused()) {
      if (!model.containsAttribute("caseNumber")) {
        model.addAllAttributes(portalCase.of(debtor.caseNumber()));
      }
      return refused(model, form, view);
    }
    try {
      request.run();
    } catch (PortalRequests.Refused refused) {
      if (!model.containsAttribute("caseNumber")) {
        model.addAllAttributes(portalCase.of(debtor.caseNumber()));
      }
      return refusedByService(model, form, refused, view);
    }
    page.addFlashAttribute("done", done);
    return "redirect:/portal/case";
  }

  private static String refused(Model model, PortalForm form, String view) {
    model.addAttribute("problems", form.problems());
    // The fields in the wrong, for aria-invalid and aria-describedby (read as a map: attributes allow no calls).
    Map<String, String> wrong = new java.util.HashMap<>();
    form.problems().forEach(problem -> wrong.put(problem.field(), "true"));
    model.addAttribute("wrong", wrong);
    model.addAttribute("typed", form.typed());
    return view;
  }

  /**
   * A rule of a service refused it, by the field it names (or the form as a whole): its reason in the page's
   * language where the portal has words for it, else the service's own words.
   */
  private String refusedByService(Model model, PortalForm form, PortalRequests.Refused refused, String view) {
    String field = refused.field() == null ? "form" : portalField(refused.field());
    refused.reason().filter(words::knows).ifPresentOrElse(
        reason -> form.problem(field, words.key(reason), words.arguments(reason)),
        () -> form.problem(field, "form.refused", refused.getMessage()));
    return refused(model, form, view);
  }

  /** The portal's name of a field a service names. */
  private static String portalField(String field) {
    return switch (field) {
      case "planInstallments" -> "installments";
      case "planFirstDate" -> "firstDate";
      case "promiseAmount", "settlementAmount" -> "amount";
      case "promiseDate" -> "date";
      case "settlementDate" -> "firstDate";
      case "settlementPayments" -> "payments";
      default -> field;
    };
  }
}
