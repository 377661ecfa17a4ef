package org.recourse.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.recourse.account.Account;
import org.recourse.account.Creditor;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

  @Query("select a from Account a where a.creditor = ?1 and a.accountNumber = ?2")
  Optional<Account> findByCreditorAndAccountNumber(Creditor creditor, String accountNumber);

  @Query("select a.accountNumber from Account a where a.creditor = ?1 and a.accountNumber in ?2")
  List<String> findPlacedAccountNumbers(Creditor creditor, Collection<String> accountNumbers);

  @Query("select a from Account a join fetch a.creditor join fetch a.debtor where a.id = ?1")
  Optional<Account> findWithPartiesById(Long id);
}
