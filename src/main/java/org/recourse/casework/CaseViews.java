package org.recourse.casework;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.recourse.account.Account;
import org.recourse.account.AccountRegistry;
import org.recourse.account.Debtor;
import org.recourse.account.DebtorAddress;
import org.recourse.payment.Ledger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the API's view of a case from Recourse's tables and the engine's runtime state. */
@Component
public class CaseViews {

  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final Ledger ledger;
  private final RuntimeService runtime;
  private final TaskService tasks;

  CaseViews(CollectionCases cases, AccountRegistry accounts, Ledger ledger, RuntimeService runtime, TaskService tasks) {
    this.cases = cases;
    this.accounts = accounts;
    this.ledger = ledger;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @Transactional(readOnly = true)
  public CaseView view(CollectionCase subject) {
    Account account = accounts.account(subject.getAccountId());
    Debtor debtor = account.getDebtor();
    var itemization = account.getItemization();
    var chargeOff = account.getChargeOff();
    var lastPayment = account.getLastPayment();
    var accountView = new CaseView.AccountView(account.getCreditor().getCode(), account.maskedAccountNumber(),
        account.getOriginalCreditor(), account.getCurrentCreditor(), account.getProduct().name(),
        account.getCurrency().getCurrencyCode(), itemization.dateType().name(), itemization.date(),
        itemization.amount(), chargeOff == null ? null : chargeOff.date(), chargeOff == null ? null : chargeOff.amount(),
        lastPayment == null ? null : lastPayment.date(), lastPayment == null ? null : lastPayment.amount(),
        account.getDelinquencyDate(), account.getPlacedAt());
    DebtorAddress mailing = debtor.mailingAddress();
    var debtorView = new CaseView.DebtorView(debtor.fullName(), debtor.getStateOfResidence().name(),
        debtor.getPreferredLanguage().code(), mailing == null ? null : mailing.toPostalAddress().oneLine(),
        debtor.getPhones().stream().map(p -> p.getNumber()).toList(),
        debtor.getEmails().stream().map(e -> e.getAddress()).toList());
    var history = cases.history(subject).stream()
        .map(e -> new CaseView.EventView(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDetail()))
        .toList();
    return new CaseView(subject.getCaseNumber(), subject.getStatus(), subject.getSegment(), subject.getPriority(),
        subject.getQueue(), subject.getAssignedCollector(), subject.getContactAttempts(), subject.getOpenedAt(),
        subject.getClosedAt(), subject.getCloseReason(), ledger.balance(account.getId()), accountView, debtorView,
        currentActivities(subject.getCaseNumber()), openTasks(subject.getCaseNumber()), history);
  }

  private List<CaseView.ActivityView> currentActivities(String caseNumber) {
    List<CaseView.ActivityView> current = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()) {
      ActivityInstance tree = runtime.getActivityInstance(instance.getId());
      if (tree != null) {
        String process = instance.getProcessDefinitionId().split(":")[0];
        collectLeaves(process, tree, current);
      }
    }
    return current;
  }

  private static void collectLeaves(String process, ActivityInstance node, List<CaseView.ActivityView> into) {
    for (TransitionInstance queued : node.getChildTransitionInstances()) {
      into.add(new CaseView.ActivityView(process, queued.getActivityId(), queued.getActivityName(),
          queued.getActivityType(), true));
    }
    for (ActivityInstance child : node.getChildActivityInstances()) {
      boolean leaf = child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0;
      if (leaf) {
        into.add(new CaseView.ActivityView(process, child.getActivityId(), child.getActivityName(),
            child.getActivityType(), false));
      } else {
        collectLeaves(process, child, into);
      }
    }
  }

  private List<CaseView.TaskView> openTasks(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .map(t -> new CaseView.TaskView(t.getId(), t.getName(), t.getAssignee(),
            t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
            t.getDueDate() == null ? null : t.getDueDate().toInstant()))
        .toList();
  }
}
