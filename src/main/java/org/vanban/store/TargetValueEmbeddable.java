package org.vanban.store;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class TargetValueEmbeddable {

    @Column(name = "num_value", precision = 38, scale = 6)
    public BigDecimal value;

    @Column(name = "num_upper", precision = 38, scale = 6)
    public BigDecimal upper;

    public String unit;
    public String comparator;
}
