/**
 * Letters and mail: templates, rendering, documents, the e-mail outbox, opt-outs and print batches. Publishes the
 * letter service, the documents and the outbox.
 */
@ApplicationModule(displayName = "Correspondence",
    allowedDependencies = {"account", "casework", "compliance", "payment", "platform"})
package org.recourse.correspondence;

import org.springframework.modulith.ApplicationModule;
