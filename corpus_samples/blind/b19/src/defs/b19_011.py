CHART_ID = "b19-011"
DOS = "2026-01-29"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = None

D1 = r"""
GREAT LAKES ALPHA-1 CLINICAL RESOURCE CENTER
Division of Pulmonary and Critical Care Medicine
2150 Lakeshore Medical Drive, Suite 400, Milwaukee, WI 53202
Phone (414) 555-0182    Fax (414) 555-0190

January 29th, 2026

Anthony Giordano, DO
Lakeside Internal Medicine
3300 S. Kinnickinnic Avenue
Milwaukee, WI 53207

RE:   Raymond E. Szabo
      Date of birth: February 18th, 1957
      MRN: 60051322

Dear Dr. Giordano,

Thank you for referring Mr. Szabo for evaluation of possible alpha-1 antitrypsin deficiency. I saw him
in consultation today, January 29th, 2026. You asked whether he should start augmentation therapy,
particularly because his sister Agnes is followed here with PI*ZZ disease and receives Prolastin-C
4,200 mg IV weekly.

HISTORY
Mr. Szabo is a 68-year-old retired machinist with COPD diagnosed in 2019. He has had two exacerbations
in the past year, one treated with prednisone 40 mg daily for 5 days and doxycycline 100 mg twice
daily. He continues to smoke about half a pack a day (48 pack-years). He weighed 88.9 kg today.

TESTING
- Serum alpha-1 antitrypsin: 98 mg/dL (reference 100-190 mg/dL), drawn December 18th, 2025, with a
  normal CRP. Please note that the first result your office received from the laboratory, 48 mg/dL,
  was issued on the wrong specimen and was corrected by the laboratory on December 22nd, 2025.
- Genotyping: PI*MZ (one Z allele, no S allele).
- Spirometry today: post-bronchodilator FEV1 1.86 L, 58% of predicted; FEV1/FVC 0.56.
- CT chest (November 2025): mild centrilobular emphysema in the upper lobes; no basal panlobular
  pattern.

PROBLEM LIST
1. PI*MZ carrier state. Alpha-1 antitrypsin deficiency ruled out: his level and genotype are those of a
   heterozygous carrier, not of severe deficiency.
2. COPD (J44.9) with centrilobular emphysema (J43.2), GOLD 2, group E.
3. Current tobacco use, 48 pack-years.

RECOMMENDATIONS
1. Augmentation therapy is not indicated. Had his level been below 57 mg/dL with a severe-deficiency
   genotype, we would have discussed 60 mg/kg weekly, which at his weight would be about 5,330 mg.
2. Smoking cessation is by far the most important step: nicotine patch 21 mg daily plus
   nicotine lozenge 4 mg as needed; referral to the Wisconsin Tobacco Quit Line.
3. Continue budesonide/glycopyrrolate/formoterol 2 puffs twice daily; albuterol as needed.
4. Pulmonary rehabilitation referral.
5. Family: his sister Agnes (PI*ZZ, level 22 mg/dL) continues here; his two children may be tested for
   carrier status if they wish.
6. No routine follow-up in the Alpha-1 clinic is needed; he will continue with you and with general
   pulmonology.

Thank you for this kind referral.

Sincerely,

Marguerite A. Lindqvist, MD
Director, Great Lakes Alpha-1 Clinical Resource Center

MAL/mrb   D: 01/29/2026   T: 01/30/2026
"""

D2 = r"""
*** INTERFACE MESSAGE VIEWER -- Inbound Results (ORU^R01) ***
Printed 01/29/2026 09:12 by jkowal     Filter: MRN 60051322, last 90 days     2 messages

[1] Message Control ID QLB2512180955102   Received 12/19/2025 17:41   Status: SUPERSEDED
MSH|^~\&|QLAB|QUESTREF|EPIC|GLAARC|20251219174100||ORU^R01^ORU_R01|QLB2512180955102|P|2.5.1
PID|1||60051322^^^GLAARC^MR||SZABO^RAYMOND^E||19570218|M
OBR|1|ORD907731^EPIC|QL25-352-11872^QLAB|A1ATP^Alpha-1-Antitrypsin Profile^L|||20251218095500|||||||||||||||20251219173900|||P
OBX|1|NM|1825-9^Alpha 1 antitrypsin [Mass/volume] in Serum or Plasma^LN||48|mg/dL^^UCUM|100-190|L|||P

[2] Message Control ID QLB2512220814377   Received 12/22/2025 08:14   Status: PROCESSED
MSH|^~\&|QLAB|QUESTREF|EPIC|GLAARC|20251222081400||ORU^R01^ORU_R01|QLB2512220814377|P|2.5.1
PID|1||60051322^^^GLAARC^MR||SZABO^RAYMOND^E||19570218|M
OBR|1|ORD907731^EPIC|QL25-352-11872^QLAB|A1ATP^Alpha-1-Antitrypsin Profile^L|||20251218095500|||||||||||||||20251222081200|||C
OBX|1|NM|1825-9^Alpha 1 antitrypsin [Mass/volume] in Serum or Plasma^LN||98|mg/dL^^UCUM|100-190|L|||C|||20251218095500
NTE|1|L|CORRECTED REPORT: previously reported as 48 mg/dL on 12/19/2025 17:39 (result belonged to a
NTE|2|L|different specimen). Corrected 12/22/2025 08:12. Dr. Giordano's office notified 12/22/2025 08:30.
OBX|2|ST|SERPINA1-S^SERPINA1 S allele (c.863A>T)^L||Not detected||Not detected||||F
OBX|3|ST|SERPINA1-Z^SERPINA1 Z allele (c.1096G>A)^L||Detected, heterozygous||Not detected|A|||F
OBX|4|ST|SERPINA1-GT^SERPINA1 genotype^L||PI*MZ||PI*MM|A|||F
NTE|1|L|PI*MZ: heterozygous carrier. Not associated with severe deficiency; risk of lung disease rises
NTE|2|L|with smoking. Null and rare alleles are not detected by this assay.
OBX|5|NM|1988-5^C reactive protein [Mass/volume] in Serum or Plasma^LN||1.4|mg/L^^UCUM|<8.0|N|||F
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-01-29", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2025-12-22", "text": D2},
]

FINDINGS = [
    {"kind": "genotype", "alleles": ["M", "Z"], "ev": ("d2", "||PI*MZ||PI*MM|A|")},
    {"kind": "serum_aat", "value": 98, "unit": "mg/dL", "ev": ("d2", "||98|mg/dL^^UCUM|100-190|L|")},
    {"kind": "lung_disease", "value": "copd", "ev": ("d1", "COPD (J44.9)")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d1", "with centrilobular emphysema (J43.2)")},
    {"kind": "fev1", "value": 58, "ev": ("d1", "FEV1 1.86 L, 58% of predicted")},
    {"kind": "weight", "value": 88.9, "unit": "kg", "value_kg": 88.9, "ev": ("d1", "He weighed 88.9 kg today.")},
    {"kind": "smoking_status", "value": "current", "ev": ("d1", "He continues to smoke about half a pack a day")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing", "genotype": "conflict", "serum_aat_level": "conflict",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
    "dose_matches_weight": "missing", "units_match_dose": "not_applicable", "wastage_documented": "missing",
    "lot_number": "missing", "expiration_date": "missing", "infusion_times": "missing",
    "response_to_therapy": "missing", "prior_authorization": "not_applicable", "code_selection": "not_applicable",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 88.9, "unit": "kg", "value_kg": 88.9},
    "dose_mg": None, "target_mg_per_kg": 60, "target_mg": None, "pct_diff": None, "within_10pct": None,
    "claim_lines": [],
    "waste_mg": None, "jw_units_expected": None,
    "lots": [],
    "dos_products": [],
}

NOTES = ("NEGATIVE CONTROL: AATD ruled out (PI*MZ carrier, 98 mg/dL), COPD with centrilobular emphysema, current "
         "smoker, consultation only, no claim lines. Traps: 'evaluation of possible alpha-1 antitrypsin "
         "deficiency' (uncertain) and 'Alpha-1 antitrypsin deficiency ruled out' (negated); superseded 48 mg/dL "
         "(would have been below threshold) in both the letter and the first HL7 message; 'Detected, "
         "heterozygous' Z with S not detected -> MZ; reference PI*MM; sister PI*ZZ on Prolastin-C 4,200 mg, level "
         "22 mg/dL; hypothetical 'had his level been below 57 mg/dL ... about 5,330 mg'; prednisone/doxycycline/"
         "nicotine doses. Weight 88.9 kg documented (patient_weight met).")

META = {
    "style": "NEGATIVE CONTROL. (3)+(1) AATD-center consultation letter ('Thank you for referring ... possible AATD', written-out dates, numbered problem list/recommendations) + HL7 interface viewer with a superseded and a corrected ORU message",
    "gaps": "aatd_diagnosis missing; genotype conflict (MZ); serum conflict (98 mg/dL); all administration items missing; units/code n/a (no claim lines)",
    "traps": "superseded 48 mg/dL; 'possible' / 'ruled out'; MZ via 'Detected, heterozygous'; reference PI*MM; sister PI*ZZ 22 mg/dL on Prolastin-C 4,200 mg; hypothetical 5,330 mg; other drug doses",
}
