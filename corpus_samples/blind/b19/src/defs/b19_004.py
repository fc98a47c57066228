CHART_ID = "b19-004"
DOS = "2026-02-12"
PAYER = {"profile": "medicare", "name": "Medicare Part B (Novitas)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 509, "modifiers": []},
    {"hcpcs": "J0256", "units": 410, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = r"""
SAINT BRENDAN REGIONAL MEDICAL CENTER -- OUTPATIENT INFUSION SERVICES
ALPHA-1 PROTEINASE INHIBITOR (HUMAN) -- ORDER AND ADMINISTRATION RECORD
Form OIS-217 (rev. 08/2024)                                              Page 1 of 2

Patient: DUSSAULT, LIONEL F        MRN: 00827714        DOB: 03/02/1951
Payer:  [x] Medicare Part B   [ ] Medicare Advantage   [ ] Medicaid   [ ] Commercial
Date of service: 02/12/2026        Location: [x] OIS Chair 9   [ ] Home   [ ] Other ________

SECTION A -- ORDER (prescriber completes)
Diagnosis (check all that apply):
  [x] E88.01  Alpha-1-antitrypsin deficiency
  [x] J43.9   Emphysema, unspecified
  [ ] J44.9   COPD, unspecified
  [ ] Other: ______________________
Product (check one):
  [ ] Prolastin-C   [ ] Prolastin-C Liquid   [x] Aralast NP   [ ] Zemaira   [ ] Glassia
Dose: 60 mg/kg  x  dosing weight ______ kg  =  ______ mg   (round to nearest 10 mg)
Frequency: [x] Weekly   [ ] Other: ________
Rate: not to exceed 0.08 mL/kg/min
Premedication: [ ] None   [x] Acetaminophen 650 mg PO   [ ] Diphenhydramine 25 mg PO/IV
Labs: [ ] None   [x] CBC/CMP every 6 months   [ ] IgA level (if not on file)
Prescriber: Ruth-Ann Gillespie, MD, Pulmonology        Date: 08/19/2025
Order valid through: 08/18/2026

SECTION B -- PRE-INFUSION (RN completes)
Weight: 187 lb    ______ kg        [x] Standing scale   [ ] Bed scale   [ ] Stated
Height: 5 ft 10 in
Vital signs:  Time 1318   BP 142/80   HR 71   RR 18   SpO2 93% RA   Temp 97.6 F
Patient reports (check all that apply):
  [ ] Fever   [ ] New cough   [x] Baseline dyspnea   [ ] Rash/hives   [ ] None of the above
Prior hypersensitivity to A1PI?                  [ ] Yes   [x] No
IgA deficiency with anti-IgA antibodies?         [ ] Yes   [x] No   [ ] Unknown
IV access: [x] PIV 22 g L forearm  Time 1326     [ ] Port   [ ] PICC
Premed given: acetaminophen 650 mg PO at 1324

SECTION C -- PREPARATION / ADMINISTRATION (RN completes)                  Page 2 of 2
Pharmacy calc (label): 60 mg/kg x 84.8 kg = 5,088 mg -> 5,090 mg
Vials used:   500 mg  qty [1]      1000 mg  qty [5]      Total labeled: 5,500 mg
Lot #: ______________________      Exp: ___/___/______
  [x] Lot/exp on vial sticker sheet (paper, to be scanned to Media tab)
Reconstituted by: P. Hargrove, PharmD      Time: 1302
Line / diluent: NS 100 mL   Lot J5G210   Exp 07/31/2027
Dose administered: 5,090 mg        Volume: ______ mL
Infusion start time: 1335          Infusion stop time: 1412
Rate: [x] per protocol   [ ] other ______
Amount wasted: 410 mg     Reason: [x] Partial vial (single-use)   [ ] Dose held   [ ] Other ______
Waste witnessed by: P. Hargrove, PharmD
Wastage modifier (check one):   ☑ JW   ☐ JZ
Post-infusion vitals: Time 1425   BP 138/78   HR 70   SpO2 94%
Reaction: [x] None   [ ] Mild   [ ] Moderate   [ ] Severe    Describe: ______________
Discharged: 1440   [x] Ambulatory   [ ] Wheelchair     Condition: stable
RN signature: D. Achebe, RN      02/12/2026 14:46
"""

D2 = r"""
ST. BRENDAN PULMONARY ASSOCIATES
AUGMENTATION THERAPY REASSESSMENT (every 6 months) -- Form PUL-044
Patient: Dussault, Lionel F     DOB 03/02/1951     Visit date: 01/22/2026
Current product: [ ] Prolastin-C  [ ] Prolastin-C Liquid  [x] Aralast NP  [ ] Zemaira  [ ] Glassia
Start of augmentation: 06/2019 on Prolastin-C; switched to Aralast NP 08/2025 (formulary change)
Genotype/phenotype on file:  [x] PI*ZZ   [ ] PI*SZ   [ ] PI*Z/null   [ ] Other ______
Baseline AAT level: 0.38 g/L  (04/2019)    [x] Report in chart   [ ] Requested
Smoking status:  [ ] Never   [x] Former -- quit year 1998   [ ] Current
Exacerbations since last reassessment (check one):  [x] 0   [ ] 1   [ ] 2 or more
Hospitalizations:  [x] None   [ ] Yes ______
Spirometry today:  FEV1 1.38 L   39 % pred    FVC 3.40 L    FEV1/FVC 0.41
Prior FEV1 (07/2025):  1.42 L   40 % pred
Weight today: 85.3 kg
Response to therapy (check one):
  [ ] Improved   [x] Stable   [ ] Declining   [ ] Unable to assess
Comments: Tolerating Aralast NP weekly without reactions. No exacerbations since 06/2025.
Adherence:  [x] No missed doses   [ ] Missed ___ doses
Continue therapy?  [x] Yes  [ ] No        Dose change?  [ ] Yes  [x] No
Next reassessment: 07/2026
Signed: Ruth-Ann Gillespie, MD   01/22/2026 15:10
"""

D3 = r"""
ST. BRENDAN REGIONAL MEDICAL CENTER -- LABORATORY INFORMATION SYSTEM
CUMULATIVE / HISTORICAL REPORT                      Printed: 02/12/2026 12:51  by DACHEBE
Patient: DUSSAULT, LIONEL F    MRN: 00827714   DOB: 03/02/1951   Sex: M
Ordering: GILLESPIE, RUTH-ANN MD        Location: PULM CLINIC
--------------------------------------------------------------------------------------------
Accession: 19-SB-104417    Collected: 04/11/2019 08:42    Received: 04/11/2019 09:30
Sendout: ARUP Laboratories   ARUP Acc# 19-101-400873
TEST                            RESULT      FLAG   UNITS    REF RANGE      STATUS
Alpha-1-Antitrypsin             0.38        L      g/L      0.90-2.00      FINAL
Alpha-1-Antitrypsin Phenotype   ZZ                          (MM)           CORRECTED
  CORRECTED REPORT: previously reported as MZ on 04/16/2019 09:05. Corrected 04/18/2019 14:22
  after repeat isoelectric focusing; original result was entered under the wrong specimen.
  Dr. Gillespie notified 04/18/2019 14:40 (T. Wenzel, MLS).
  Interpretation: ZZ phenotype, severe deficiency; consistent with the serum level.
--------------------------------------------------------------------------------------------
Accession: 19-SB-104981    Collected: 04/29/2019 10:15    Received: 04/29/2019 11:02
TEST                            RESULT                  FLAG   REF
SERPINA1 S allele (c.863A>T)    Not detected                   Not detected
SERPINA1 Z allele (c.1096G>A)   Detected, homozygous    A      Not detected
SERPINA1 Genotype               PI*ZZ                   A
  Comment: This assay detects only the S and Z alleles; null and rare alleles are not excluded.
--------------------------------------------------------------------------------------------
Accession: 26-SB-011203    Collected: 01/22/2026 14:20    Received: 01/22/2026 14:51
TEST                            RESULT      FLAG   UNITS    REF RANGE      STATUS
WBC                             7.4                K/uL     4.0-11.0       FINAL
Hemoglobin                      14.1               g/dL     13.5-17.5      FINAL
ALT                             31                 U/L      7-52           FINAL
AST                             28                 U/L      10-40          FINAL
Creatinine                      1.02               mg/dL    0.70-1.30      FINAL
IgA                             268                mg/dL    70-400         FINAL
--------------------------------------------------------------------------------------------
*** END OF REPORT ***
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-12", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-01-22", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2026-02-12", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d1", "[x] E88.01  Alpha-1-antitrypsin deficiency")},
    {"kind": "genotype", "alleles": ["Z", "Z"], "ev": ("d3", "SERPINA1 Genotype               PI*ZZ")},
    {"kind": "serum_aat", "value": 0.38, "unit": "g/L", "ev": ("d3", "Alpha-1-Antitrypsin             0.38        L      g/L")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d1", "[x] J43.9   Emphysema, unspecified")},
    {"kind": "fev1", "value": 39, "ev": ("d2", "FEV1 1.38 L   39 % pred")},
    {"kind": "fev1", "value": 40, "ev": ("d2", "1.42 L   40 % pred")},
    {"kind": "weight", "value": 187, "unit": "lb", "value_kg": 84.8, "ev": ("d1", "Weight: 187 lb")},
    {"kind": "weight", "value": 85.3, "unit": "kg", "value_kg": 85.3, "ev": ("d2", "Weight today: 85.3 kg")},
    {"kind": "dose", "value": 5090, "ev": ("d1", "Dose administered: 5,090 mg")},
    {"kind": "wastage", "value": 410, "ev": ("d1", "Amount wasted: 410 mg")},
    {"kind": "infusion_start", "value": "13:35", "ev": ("d1", "Infusion start time: 1335")},
    {"kind": "infusion_end", "value": "14:12", "ev": ("d1", "Infusion stop time: 1412")},
    {"kind": "response_to_therapy", "ev": ("d2", "Tolerating Aralast NP weekly without reactions. No exacerbations since 06/2025.")},
    {"kind": "smoking_status", "value": "former", "ev": ("d2", "[x] Former -- quit year 1998")},
    {"kind": "drug_product", "value": "Aralast NP", "ev": ("d1", "[x] Aralast NP")},
    {"kind": "drug_product", "value": "Prolastin-C", "ev": ("d2", "06/2019 on Prolastin-C")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met", "lung_disease_evidence": "met",
    "patient_weight": "met", "dose_administered": "met", "dose_matches_weight": "met",
    "units_match_dose": "met", "wastage_documented": "conflict", "lot_number": "missing",
    "expiration_date": "missing", "infusion_times": "met", "response_to_therapy": "met",
    "prior_authorization": "not_applicable", "code_selection": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 187, "unit": "lb", "value_kg": 84.8},
    "dose_mg": 5090, "target_mg_per_kg": 60, "target_mg": 5088.0, "pct_diff": 0.04, "within_10pct": True,
    "claim_lines": [
        {"hcpcs": "J0256", "modifiers": [], "units_billed": 509, "bu_mg": 10, "expected_units": 509},
        {"hcpcs": "J0256", "modifiers": ["JW"], "units_billed": 410, "bu_mg": 10, "expected_units": 41},
    ],
    "waste_mg": 410, "jw_units_expected": 41,
    "lots": [],
    "dos_products": ["Aralast NP"],
}

NOTES = ("Gaps: wastage_documented conflict (410 mg waste documented, JW line billed 410 units = mg keyed as "
         "units; floor(410/10) = 41); lot_number and expiration_date missing (blank 'Lot #: ___', 'Exp: ___', "
         "'on vial sticker sheet (paper, to be scanned)' transcribes nothing). Traps: NS 100 mL lot J5G210 exp "
         "07/31/2027 is not the product; weight only in lb on DOS (kg blank) -> 84.8 kg; 85.3 kg on 01/22 is "
         "historical; pharmacy calc 5,088 mg; total labeled 5,500 mg; corrected phenotype (MZ superseded by ZZ); "
         "reference (MM); vitals/PIV/premed/reconstitution/discharge times; historical Prolastin-C.")

META = {
    "style": "(5)+(1) checkbox-driven order/administration form printed to text (blank dose and kg fields, ☑ JW ☐ JZ) + checkbox 6-month reassessment form + LIS cumulative printout with accession numbers and a CORRECTED REPORT notice (Aralast NP, J0256 + JW)",
    "gaps": "wastage_documented conflict (JW 410 units for 410 mg; should be 41); lot_number missing; expiration_date missing",
    "traps": "NS lot/exp; lb-only DOS weight with blank kg; 85.3 kg on 01/22; pharmacy calc 5,088 mg; 5,500 mg labeled; phenotype 'previously reported as MZ'; (MM) reference; times 1302/1318/1324/1326/1425/1440; historical Prolastin-C",
}
