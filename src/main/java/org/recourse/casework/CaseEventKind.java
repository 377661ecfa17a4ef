package org.recourse.casework;

/** The kinds of entry in a case's history. */
public enum CaseEventKind {
  /** Placed, with the collection strategy the case was given. */
  PLACED,
  STATUS_CHANGED,
  NOTICE_RECORDED,
  /** The validation notice was withheld as it was leaving: the case has no validation notice sent. */
  NOTICE_WITHHELD,
  /** A letter or e-mail produced for the debtor, with its channel. */
  LETTER_SENT,
  /** A letter that could not be produced. */
  LETTER_FAILED,
  /** A letter the contact guard did not allow (cease, refusal to pay, attorney), with the rule. */
  LETTER_WITHHELD,
  /** An e-mail that could not be delivered, or an address that opted out. */
  MAIL_FAILED,
  /** An e-mail the mail server took. */
  MAIL_SENT,
  /** An e-mail whose fate is unknown (no answer after it was handed over, or its node stopped mid-send). */
  MAIL_UNCERTAIN,
  CONTACT_OUTCOME,
  /** A limit on contact recorded or lifted: cease, attorney, inconvenient times, no calls at work. */
  CONTACT_RESTRICTED,
  /** The debtor's contact data changed: a phone or address added, a number found wrong, mail returned. */
  CONTACT_DATA_CHANGED,
  /** A dispute, bankruptcy, death or servicemember's status recorded, or a hold lifted, with the evidence. */
  HOLD_PLACED,
  HOLD_LIFTED,
  /** A step in the work of a hold: a dispute verified, a bankruptcy's end, an estate sought, a status checked. */
  HOLD_WORKED,
  PAYMENT_POSTED,
  /** A payment undone (returned, charged back); a case it had closed is reopened. */
  PAYMENT_REVERSED,
  REOPENED,
  /** A debtor's income and expenditure taken, and what it leaves. */
  AFFORDABILITY_RECORDED,
  ARRANGEMENT_PROPOSED,
  ARRANGEMENT_APPROVED,
  ARRANGEMENT_REJECTED,
  /** A settlement offer sent to the debtor, countered by an approver, accepted, declined or expired. */
  ARRANGEMENT_OFFERED,
  ARRANGEMENT_DECLINED,
  ARRANGEMENT_EXPIRED,
  ARRANGEMENT_AGREED,
  INSTALLMENT_JUDGED,
  ARRANGEMENT_COMPLETED,
  ARRANGEMENT_DEFAULTED,
  /** An agreed arrangement ended because its case closed for another reason than payment. */
  ARRANGEMENT_ENDED,
  TRACE_RESULT,
  /** The legal eligibility decision, with every condition that fails. */
  LEGAL_ELIGIBILITY,
  /** A manager's decision on a referral, the court packet, its delivery to the legal team. */
  LEGAL_REFERRAL,
  LEGAL_REVIEW,
  /** A step of the suit: filed, a hearing, the judgment, an enforcement, a settlement. */
  LITIGATION,
  LEGAL_OUTCOME,
  RECALLED,
  /** A debtor's complaint received, escalated when late, answered. */
  COMPLAINT,
  /** The debtor signed in to the portal (with a fact on file or an e-mailed link), or was stopped after failures. */
  PORTAL_SIGN_IN,
  /** A plan's installment charged on its due date to the method the debtor saved, or the charge declined. */
  INSTALLMENT_CHARGED,
  CLOSED
}
