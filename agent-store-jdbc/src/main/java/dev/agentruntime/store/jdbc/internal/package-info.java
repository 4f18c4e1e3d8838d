/** Implementation details of the JDBC stores (SQL helpers, JSON codecs); not API. */
package dev.agentruntime.store.jdbc.internal;
