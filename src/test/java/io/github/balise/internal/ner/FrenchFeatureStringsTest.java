// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The feature strings of {@link FrenchFeatureGenerator}, exactly: the committed models know
 * their features by these names, so a change of a single character (a prefix, a separator, the
 * order, which the decoder's sums depend on) would silently cost accuracy. The expected lines
 * were printed by the generator as it was when the bundled models were trained (it then built
 * each name by concatenation; it now writes them in parts, to {@link FeatureSink}).
 */
class FrenchFeatureStringsTest {

  private static final String[] SENTENCE = {"Le", "ministère", "de", "la", "Défense", "a", "reçu", "l'",
    "ONU", "(", "CHMP", ")", "à", "Saint-Étienne", "."};
  private static final String[] HEADLINE = {"LA", "SNCF", "EN", "GRÈVE", "À", "PARIS"};
  private static final String[] OUTCOMES = {"other", "ORG-start", "ORG-cont", "ORG-cont", "ORG-cont",
    "other", "other", "other", "ORG-start", "other", "ORG-start", "other", "other", "LOC-start", "other"};

  /** Token index, then the features joined by spaces; the previous outcomes at even indexes. */
  private static void assertFeatures(FrenchFeatureGenerator g, String[] sentence, Object... expected) {
    for (int k = 0; k < expected.length; k += 2) {
      int i = (Integer) expected[k];
      List<String> features = new ArrayList<>();
      g.createFeatures(features, sentence, i,
          i % 2 == 0 ? Arrays.copyOf(OUTCOMES, sentence.length) : null);
      assertEquals(expected[k + 1], String.join(" ", features), "token " + i);
    }
  }

  @Test
  void featureNamesAreThoseTheModelsWereTrainedWith() {
    FrenchFeatureGenerator g = new FrenchFeatureGenerator(NameLexicon.get(), null); // no clusters
    g.updateAdaptiveData(new String[] {"Paris"}, new String[] {"LOC-start"});
    assertFeatures(g, SENTENCE,
        0, "w=le w-1=<s> w+1=ministere w-2=<s> w+2=de b-=<s>_le b+=le_ministere b--=<s>_<s> "
            + "b++=ministere_de s=Xx s-1=<s> s+1=x ss=<s>_Xx_x w-1s=<s>_Xx bos=Xx ow+1 cr=S "
            + "po=other ppo=other,other pow=other,le pos=other,Xx",
        1, "w=ministere w-1=le w+1=de w-2=<s> w+2=la b-=le_ministere b+=ministere_de "
            + "b--=<s>_le b++=de_la s=x s-1=Xx s+1=x ss=Xx_x_x w-1s=le_x x3=ere p3=min x4=tere "
            + "ow",
        8, "w=onu w-1=l' w+1=( w-2=recu w+2=chmp b-=l'_onu b+=onu_( b--=recu_l' b++=(_chmp "
            + "s=X3 s-1=x' s+1=( ss=x'_X3_( w-1s=l'_X3 el=X3 ac-1=l' cr=S po=other "
            + "ppo=other,other pow=other,onu pos=other,X3",
        10, "w=chmp w-1=( w+1=) w-2=onu w+2=a b-=(_chmp b+=chmp_) b--=onu_( b++=)_a s=X4 "
            + "s-1=( s+1=) ss=(_X4_) w-1s=(_X4 x3=hmp p3=chm ac-1=( ac() cr=S po=other "
            + "ppo=ORG-start,other pow=other,chmp pos=other,X4",
        13, "w=saint-etienne w-1=a w+1=. w-2=) w+2=</s> b-=a_saint-etienne b+=saint-etienne_. "
            + "b--=)_a b++=._</s> s=Xx-Xx s-1=x s+1=. ss=x_Xx-Xx_. w-1s=a_Xx-Xx x3=nne p3=sai "
            + "x4=enne cr=S",
        14, "w=. w-1=saint-etienne w+1=</s> w-2=a w+2=</s> b-=saint-etienne_. b+=._</s> "
            + "b--=a_saint-etienne b++=</s>_</s> s=. s-1=Xx-Xx s+1=</s> ss=Xx-Xx_._</s> "
            + "w-1s=saint-etienne_. po=LOC-start ppo=other,LOC-start pow=LOC-start,. "
            + "pos=LOC-start,.");
    assertFeatures(g, HEADLINE,
        0, "w=la w-1=<s> w+1=sncf w-2=<s> w+2=en b-=<s>_la b+=la_sncf b--=<s>_<s> "
            + "b++=sncf_en Hs=X2 Hs-1=<s> Hs+1=X4 Hss=<s>_X2_X4 Hw-1s=<s>_X2 Hbos=X2 ac-1=<s> "
            + "Hcr=B po=other ppo=other,other pow=other,la pos=other,X2",
        1, "w=sncf w-1=la w+1=en w-2=<s> w+2=greve b-=la_sncf b+=sncf_en b--=<s>_la "
            + "b++=en_greve Hs=X4 Hs-1=X2 Hs+1=X2 Hss=X2_X4_X2 Hw-1s=la_X4 x3=ncf p3=snc "
            + "ac-1=la Hcr=I",
        5, "w=paris w-1=a w+1=</s> w-2=greve w+2=</s> b-=a_paris b+=paris_</s> b--=greve_a "
            + "b++=</s>_</s> Hs=X5 Hs-1=X1 Hs+1=</s> Hss=X1_X5_</s> Hw-1s=a_X5 x3=ris p3=par "
            + "x4=aris gB=2 ac-1=a Hcr=E pt=LOC");
  }
}
