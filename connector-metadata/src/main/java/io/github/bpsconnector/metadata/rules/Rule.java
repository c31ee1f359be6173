package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;

import java.util.List;

/**
 * One check, with the rule ids it reports. A check looks at one MS-Keg, one MS-Var, one MS-Ind or a whole package;
 * it reports through {@link Findings} with paths relative to what it looks at. Implementations are stateless: they
 * read everything they need from the {@link RuleContext}.
 */
interface Rule {

    /** The catalogue entries of the rule ids this check may report. */
    List<RuleInfo> infos();

    /** A check of one MS-Keg; paths are relative to {@code msKeg}. */
    interface OfKeg extends Rule {
        void check(MsKeg keg, RuleContext ctx, Findings out);
    }

    /** A check of one MS-Var; paths are relative to its {@code msVar[i]}. */
    interface OfVar extends Rule {
        void check(MsVar variable, RuleContext ctx, Findings out);
    }

    /** A check of one MS-Ind; paths are relative to its {@code msInd[i]}. */
    interface OfInd extends Rule {
        void check(MsInd indicator, RuleContext ctx, Findings out);
    }

    /** A check across the forms of a package; paths are absolute. */
    interface OfPackage extends Rule {
        void check(MetadataPackage pkg, RuleContext ctx, Findings out);
    }
}
