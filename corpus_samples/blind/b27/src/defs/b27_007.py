"""b27-007: medicare, complete. Styles (2) Expanse-style Medication Administration History (two
weekly blocks, premeds, not-given PRNs, waste field) and (6) reference-lab report with three
specimens, a corrected AAT value, IEF phenotype MZ and sequencing Z/Mmalton. Aralast NP 5,300
mg given from 5,500 mg dispensed, 200 mg wasted; J0256 530 + J0256-JW 20."""

CHART_ID = "b27-007"
DOS = "2026-03-03"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 530, "modifiers": []},
    {"hcpcs": "J0256", "units": 20, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
RUN DATE: 03/04/26            NORTH FORK COMMUNITY HOSPITAL - LIVE                PAGE 1 of 2
RUN TIME: 0702              MEDICATION ADMINISTRATION HISTORY
RUN USER: HIM.CBRANDT            Date Range: 02/24/26 - 03/03/26

PATIENT: DELACROIX-HUNT,ARMAND P        ACCOUNT NO: NF0002291734     LOC: OPI
AGE/SEX: 69/M                           UNIT NO:    NF00081126       RM/BED: OPI-11
ATTEND:  Szabo,Kristof MD               REG DATE:   02/24/26         STATUS: REC SER
ALLERGIES: No Known Drug Allergies
WEIGHT: 88.4 kg (03/03/26 0812)   HEIGHT: 185.4 cm

Key: Admin Dose = ordered dose; Doc Dose = documented amount given; Given Qty =
dispensable units; Waste = amount discarded (single-use vials).
Reason codes: NN not needed, PTREF patient refused, HOLD held, OTH other (see comment).
==========================================================================================
ALPHA-1-PROTEINASE INHIBITOR (ARALAST NP) INJ                            Rx# 3318820
  Sig: 60 MG/KG IV EVERY 7 DAYS       Order Start: 02/24/26 0900   Stop: 08/24/26
  Pharmacy: 5300 MG (88 KG x 60 = 5280 -> 5300); disp 5 x 1 G + 1 x 500 MG
  ----------------------------------------------------------------------------------------
  02/24/26 0931  Admin Dose: 60 MG/KG    Doc Dose: 5300 MG    Given Qty: 6 VIAL
                 Site: L FOREARM        Route: IV
                 Lot: LE25C044 (1 G x5), LE25B190 (500 MG)
                 Exp: 11/30/27, 08/31/27
                 Reason Codes:
                 Infusion Start: 0931   Infusion End: 1042   Waste: 200 MG
                 Doc: 02/24/26 1049 RN.MFERRIS
  03/03/26 0928  Admin Dose: 60 MG/KG    Doc Dose: 5300 MG    Given Qty: 6 VIAL
                 Site: R FOREARM        Route: IV
                 Lot: LE25D102 (1 G x5), LE25B190 (500 MG)
                 Exp: 01/31/28, 08/31/27
                 Reason Codes:
                 Infusion Start: 0928   Infusion End: 1036   Waste: 200 MG
                 Waste witness: RPH.JHOLM (500 MG vial, 10 ML remaining discarded)
                 Doc: 03/03/26 1044 RN.MFERRIS
==========================================================================================
ACETAMINOPHEN 325 MG TAB                                                 Rx# 3318821
  Sig: 650 MG PO PRE-INFUSION
  ----------------------------------------------------------------------------------------
  02/24/26 0905  Admin Dose: 650 MG      Doc Dose: 650 MG     Given Qty: 2 TAB
                 Site:                  Route: PO
                 Lot: 24M118A           Exp: 05/31/27     Reason Codes:
  03/03/26 0902  Admin Dose: 650 MG      Doc Dose: 650 MG     Given Qty: 2 TAB
                 Site:                  Route: PO
                 Lot: 24M118A           Exp: 05/31/27     Reason Codes:
==========================================================================================
DIPHENHYDRAMINE 50 MG/ML INJ                                             Rx# 3318822
  Sig: 25 MG IV PRE-INFUSION
  ----------------------------------------------------------------------------------------
  02/24/26 0906  Admin Dose: 25 MG       Doc Dose: 25 MG      Given Qty: 0.5 ML
                 Site: L FOREARM        Route: IV
                 Lot: DP4471            Exp: 02/28/27     Reason Codes:
  03/03/26 0903  Admin Dose: 25 MG       Doc Dose: NOT GIVEN  Given Qty: 0
                 Site:                  Route: IV
                 Lot:                   Exp:
                 Reason Codes: PTREF - driving himself home today
==========================================================================================
HYDROCORTISONE SOD SUCC 100 MG INJ                                       Rx# 3318823
  Sig: 100 MG IV PRN infusion reaction
  ----------------------------------------------------------------------------------------
  03/03/26 ----  Admin Dose: 100 MG      Doc Dose: NOT GIVEN  Given Qty: 0
                 Reason Codes: NN
==========================================================================================
SODIUM CHLORIDE 0.9% 250 ML BAG (KVO / flush)                             Rx# 3318824
  ----------------------------------------------------------------------------------------
  03/03/26 0920  Admin Dose: 250 ML      Doc Dose: 40 ML      Given Qty: 1 BAG
                 Site: R FOREARM        Route: IV
                 Lot: J5K229            Exp: 10/31/27     Reason Codes:
==========================================================================================
** END OF REPORT **
"""

D2 = """
GREAT LAKES MOLECULAR & REFERENCE LABORATORY                 REPORT STATUS: CORRECTED
Patient: DELACROIX-HUNT, ARMAND P     DOB 09/12/1956    Sex M    Ref# NF00081126
Ordering physician: Kristof Szabo, MD (North Fork Pulmonary)
Lab accession: GL18-122-5530          Original report 05/09/2018 | Corrected 05/15/2018

SPECIMENS RECEIVED
  S1  Serum               coll 05/02/2018 07:55   rec'd 05/03/2018
  S2  EDTA whole blood    coll 05/02/2018 07:55   rec'd 05/03/2018
  S3  Serum (aliquot)     coll 05/02/2018 07:55   rec'd 05/03/2018   (IEF)

RESULTS
  Alpha-1 antitrypsin, serum (nephelometry)      S1   41 mg/dL  [CORRECTED]   L
      ref 100-190 mg/dL
  Alpha-1 antitrypsin phenotype, IEF             S3   MZ pattern               A
      ref MM
  SERPINA1 full gene sequencing                  S2   see interpretation
  Total protein                                  S1   7.1 g/dL                   ref 6.0-8.3

CORRECTION
  05/15/2018 10:42 - AAT on S1 originally reported 05/09/2018 as 14 mg/dL (digits
  transposed at manual entry). Corrected value 41 mg/dL. Original value void.
  Notified K. Szabo MD office (spoke with Jenna) 05/15/2018 10:55.

SEQUENCING INTERPRETATION (S2)
  Variant 1: c.1096G>A, p.Glu366Lys (legacy Glu342Lys) - PI*Z - heterozygous
  Variant 2: c.226_228delTTC, p.Phe76del (legacy Phe52del) - PI*Mmalton - heterozygous
  The two variants are on different alleles (trans), consistent with a Z/Mmalton
  genotype, a recognized cause of severe alpha-1 antitrypsin deficiency.
  Note: Mmalton migrates as M on isoelectric focusing, which explains the MZ IEF
  pattern on S3; the genotype is Z/Mmalton.

COMMENTS
  1. Levels < 57 mg/dL by nephelometry generally correspond to < 11 umol/L.
  2. Cascade testing of first-degree relatives is recommended.
  3. This test was developed and its performance characteristics determined by the
     laboratory. It has not been cleared or approved by the FDA.
Signed out: Renata Kowal, PhD, FACMG   05/15/2018 11:20
"""

D3 = """
NORTH FORK PULMONARY - PROGRESS NOTE
02/10/2026    Kristof Szabo, MD
Armand Delacroix-Hunt, 69M, DOB 09/12/1956

Follow-up: AATD (Z/Mmalton) with emphysema and COPD, on weekly Aralast NP since 06/2018.
Retired machinist; former smoker (quit 2011, 35 pk-yr). Since augmentation he has had a
slower decline than his pre-treatment years and only two exacerbations in the past 3
years; he feels his exercise tolerance is unchanged, which we count as a good result.
Sister was tested after his dx: MM, normal.

Vitals: BP 142/84  HR 76  RR 18  SpO2 92% RA  Wt 89.0 kg
PFT today: FEV1 1.61 L (45% pred), FVC 3.88 L (88% pred), FEV1/FVC 0.41.
  2023: FEV1 1.70 L (47% pred).

Impression:
 1. Alpha-1 antitrypsin deficiency, Z/Mmalton - stable on augmentation; continue
    Aralast NP 60 mg/kg IV weekly at North Fork OPI.
 2. Emphysema / COPD (J43.2, J44.9) - continue tiotropium + salmeterol/fluticasone.
 3. HTN - per PCP.
Next PFT 08/2026. If oxygen saturation on exertion drops below 88% would order home O2 eval.
K. Szabo MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-03", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2018-05-15", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-10", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency, Z/Mmalton"},
    {"kind": "genotype", "alleles": ["Z", "MMALTON"], "_doc": "d2", "_ev": "consistent with a Z/Mmalton\n  genotype"},
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d2", "_ev": "S3   MZ pattern"},
    {"kind": "serum_aat", "value": 41, "unit": "mg/dL", "_doc": "d2", "_ev": "S1   41 mg/dL  [CORRECTED]"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "Emphysema / COPD (J43.2, J44.9)"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d3", "_ev": "Emphysema / COPD (J43.2, J44.9)"},
    {"kind": "weight", "value": 88.4, "unit": "kg", "value_kg": 88.4, "_date": "2026-03-03", "_doc": "d1", "_ev": "WEIGHT: 88.4 kg (03/03/26 0812)"},
    {"kind": "weight", "value": 89.0, "unit": "kg", "value_kg": 89.0, "_date": "2026-02-10", "_doc": "d3", "_ev": "Wt 89.0 kg"},
    {"kind": "dose", "value": 5300, "_doc": "d1", "_ev": "03/03/26 0928  Admin Dose: 60 MG/KG    Doc Dose: 5300 MG"},
    {"kind": "wastage", "value": 200, "_doc": "d1", "_ev": "Infusion Start: 0928   Infusion End: 1036   Waste: 200 MG"},
    {"kind": "lot_number", "value": "LE25D102", "_doc": "d1", "_ev": "Lot: LE25D102 (1 G x5)"},
    {"kind": "lot_number", "value": "LE25B190", "_doc": "d1", "_ev": "Lot: LE25D102 (1 G x5), LE25B190 (500 MG)"},
    {"kind": "expiration_date", "value": "2028-01-31", "_doc": "d1", "_ev": "Exp: 01/31/28, 08/31/27"},
    {"kind": "expiration_date", "value": "2027-08-31", "_doc": "d1", "_ev": "Exp: 01/31/28, 08/31/27"},
    {"kind": "infusion_start", "value": "09:28", "_doc": "d1", "_ev": "Infusion Start: 0928"},
    {"kind": "infusion_end", "value": "10:36", "_doc": "d1", "_ev": "Infusion End: 1036"},
    {"kind": "fev1", "value": 45, "_doc": "d3", "_ev": "FEV1 1.61 L (45% pred)"},
    {"kind": "fev1", "value": 47, "_doc": "d3", "_ev": "FEV1 1.70 L (47% pred)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "stable on augmentation"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "former smoker (quit 2011, 35 pk-yr)"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "ALPHA-1-PROTEINASE INHIBITOR (ARALAST NP) INJ"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-03-03",
    "weight": {"value": 88.4, "unit": "kg", "kg": 88.4, "date": "2026-03-03"},
    "dose_mg": 5300,
    "target_mg": 5304.0,
    "tolerance_mg": 530.4,
    "deviation_pct": -0.08,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 530,
    "units_billed": 530,
    "waste_mg": 200,
    "jw_units_expected": 20,
    "jw_units_billed": 20,
    "modifiers": [],
    "expirations": ["2028-01-31", "2027-08-31"],
    "expiration_ok": True,
}

NOTES = """
Complete. Aralast NP 5,300 mg (Doc Dose) from 5 x 1 g + 1 x 500 mg; 200 mg wasted -> JW 20.
Genotype: the IEF "MZ pattern" and the sequencing Z/Mmalton are both reported and differ, so both
are findings; Z/Mmalton is deficient (met). Serum: the corrected 41 mg/dL is the finding; the void
14 mg/dL is not. Traps: the 02/24 block (same doses, lot LE25C044 exp 11/30/27, 0931-1042, waste
200 MG); Admin Dose 60 MG/KG; pharmacy 5280 -> 5300; acetaminophen/diphenhydramine lots and
exps; diphenhydramine NOT GIVEN (PTREF) on the DOS; hydrocortisone PRN NN; NS bag lot; Doc times;
"10 ML remaining"; lab reference MM and 100-190; 57 mg/dL comment; total protein; sister MM
(family); hypothetical home O2 below 88 %.
"""
