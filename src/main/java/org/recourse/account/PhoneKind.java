package org.recourse.account;

public enum PhoneKind {
  MOBILE,
  HOME,
  WORK,
  OTHER
}
