package org.recourse.platform.internal;

import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;

/**
 * The engine's entity manager, with one change: before every insert the engine writes the whole entity into the
 * message of an error it raises only when the entity has no id, and for the history and variable rows of a new case
 * that formatting was 3 % of a placement's Java time. This checks the id first and leaves the engine's own check, and
 * its message, for an id that would fail it.
 */
public class LeanEntityManagerFactory extends DbEntityManagerFactory {

  /** Made before the engine has its id generator: each session takes the engine's. */
  public LeanEntityManagerFactory() {
    super(null);
  }

  @Override
  public DbEntityManager openSession() {
    PersistenceSession persistence = Context.getCommandContext().getSession(PersistenceSession.class);
    return new LeanEntityManager(Context.getProcessEngineConfiguration().getIdGenerator(), persistence);
  }

  public static final class LeanEntityManager extends DbEntityManager {

    LeanEntityManager(IdGenerator idGenerator, PersistenceSession persistence) {
      super(idGenerator, persistence);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || "*".equals(id)) {
        super.validateId(entity);
      }
    }
  }
}
