package org.recourse.account.internal;

public enum AddressKind {
  MAILING,
  HOME,
  WORK
}
