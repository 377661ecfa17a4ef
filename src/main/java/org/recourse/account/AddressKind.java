package org.recourse.account;

public enum AddressKind {
  MAILING,
  HOME,
  WORK
}
