package dev.newsgraph.graphql;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A row with a database-generated key, exposed to clients as an opaque {@code ID!}. */
@MappedSuperclass
public abstract class IdentifiedEntity extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Id
    @NonNull
    @Description("The opaque identifier, stable while the item exists: use it in lookups and filters.")
    public Long id;
}
