"""b27-006: commercial, 2 gaps. Styles (6) reference-lab report with three specimens and a
corrected report (AAT 9.2 umol/L corrected to 19.2 umol/L) and (5) the DOS infusion documented
only in a late-entry addendum attached to the previous week's clinic note. Zemaira 4 g kit + 1 g
vial at actual potency = 4,917 mg; J0256 492, no modifier (commercial)."""

CHART_ID = "b27-006"
DOS = "2026-02-26"
PAYER = {"profile": "commercial", "name": "Cascadia Health Commercial PPO"}
PRIOR_AUTH = "CHP-A1-2026-00419"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 492, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
PACIFIC CREST REFERENCE LABORATORY                      CORRECTED REPORT - supersedes prior
2250 Harbor Blvd, Tacoma WA     CLIA 50D0xxxxx3        Medical Director: J. Sandoval, MD
==========================================================================================
PATIENT   VANTERPOOL, MIRIAM A          DOB 03/27/1971   F     Ext ID 558130
PHYSICIAN WHITCOMBE, ELLERY  MD          Client: Sound Pulmonary Associates  #0447
ACCESSION PC23-1017-22814                Report printed 11/20/2023 15:47
==========================================================================================
SPECIMEN INFORMATION
  A  Serum (gold top)        Collected 10/17/2023 08:25   Received 10/18/2023 07:10
  B  Whole blood (lavender)  Collected 10/17/2023 08:25   Received 10/18/2023 07:10
  C  Serum (gold top)        Collected 10/17/2023 08:27   Received 10/18/2023 07:10
------------------------------------------------------------------------------------------
TEST NAME                              SPEC  RESULT          FLAG  REFERENCE        STATUS
Alpha-1-Antitrypsin, Quant              A    19.2 umol/L      L    20.0-48.0 umol/L CORRECTED
   Previously reported 10/24/2023 as 9.2 umol/L - see correction note 1.
C-Reactive Protein                      C    6.8 mg/L         H    <5.0 mg/L        FINAL
Alpha-1-Antitrypsin Genotype (S, Z)     B    See below             Non-S, Non-Z     FINAL
------------------------------------------------------------------------------------------
GENOTYPE DETAIL (specimen B, allele-specific PCR)
  PI*S  (c.863A>T, p.Glu288Val) .......... DETECTED, heterozygous
  PI*Z  (c.1096G>A, p.Glu366Lys) ......... DETECTED, heterozygous
  Result: compound heterozygote, PI*SZ.
  Null and rare alleles are not tested by this method.
------------------------------------------------------------------------------------------
CORRECTION NOTE 1 (11/20/2023 14:58)
  The AAT result on specimen A was released on 10/24/2023 as 9.2 umol/L because of a
  manual transcription error (leading digit dropped). The instrument value is 19.2
  umol/L, confirmed by rerun of specimen A on 11/20/2023 (agreement within repeat
  limits). The 9.2 umol/L result is retracted and replaced.
  Dr. Whitcombe's office notified by fax 11/20/2023 15:40 (fax conf 004471).

INTERPRETIVE COMMENTS
  - Revised comment: PI*SZ with serum AAT above the 11 umol/L "protective threshold".
    (The comment issued 10/24/2023 - "PI*SZ with AAT below 11 umol/L" - is withdrawn.)
  - Mild CRP elevation: an acute-phase rise of AAT cannot be excluded; a repeat level
    when clinically stable may be considered.
  - Typical ranges by genotype (purified standard): ZZ 3.4-7.0, SZ 10-23, MZ 15-42
    umol/L. These are population ranges, not this patient's result.

REPORT HISTORY:  10/24/2023 11:02 FINAL  |  11/20/2023 14:58 CORRECTED (AAT, comment)
Released: T. Nakagawa, MLS(ASCP)CM
"""

D2 = """
SOUND PULMONARY ASSOCIATES - CLINIC NOTE
Date of visit: 02/19/2026           Provider: Ellery Whitcombe, MD
Patient: Vanterpool, Miriam A       DOB 03/27/1971       Acct 0447-558130

S: 54 y/o woman with alpha-1 antitrypsin deficiency, PI*SZ (Pacific Crest 2023), on
   weekly Zemaira since 01/2024 - started under her previous insurer; switched to
   Cascadia Health Commercial 01/2026, augmentation PA CHP-A1-2026-00419 approved.
   Reports her breathing is stable, one exacerbation in 2025 (3 in 2023 before she
   started). Former smoker: 18 pk-yr, quit 2015. Her sister (PI*SZ) was tested at
   the same time - level 7.8 umol/L - and is followed in Spokane.
O: BP 126/78  HR 80  SpO2 93% RA  Wt 81.6 kg
   Spirometry (post-BD): FEV1 1.44 L (52% pred), FEV1/FVC 0.49.
   CT chest 2023: moderate centrilobular and panlobular emphysema.
A/P:
   1. AATD (SZ) with emphysema - continue Zemaira 60 mg/kg IV weekly in our infusion
      room. Clinically stable on augmentation.
   2. COPD maintenance - fluticasone furoate/umeclidinium/vilanterol daily.
   3. Health maintenance - RSV vaccine given today (lot 4RS2207, L deltoid).
   Next infusion 02/26/2026.
E. Whitcombe, MD   e-signed 02/19/2026 17:12

----------------------------------------------------------------------------------------
ADDENDUM (LATE ENTRY) - 02/27/2026 10:05 - Karin Solberg, RN
Re: infusion given 02/26/2026 in the Sound Pulmonary infusion room. No infusion
encounter was created at check-in; per HIM policy HIM-12 this administration is
documented as an addendum to the most recent visit note. Charge posted to DOS 02/26.

  02/26/2026 1341 arrived; VS BP 122/76 HR 78 SpO2 94%. Wt 81.0 kg.
  1352 PIV 22g L AC.
  Zemaira 4 g kit   lot P100741120  exp 06/30/2028  (label 3,905 mg)
  Zemaira 1 g vial  lot P100729977  exp 09/30/2027  (label 1,012 mg)
  Reconstituted and pooled; 1404 infusion start, 1422 infusion end.
  Dose infused 4,917 mg - entire contents of both vials, nothing discarded.
  1430 VS BP 120/74 HR 76 SpO2 95%. PIV out 1433. Left 1436.
K. Solberg, RN   02/27/2026 10:11
"""

DOCS = [
    {"id": "d1", "type": "lab_report", "date": "2023-11-20", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-19", "text": D2},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency, PI*SZ"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d1", "_ev": "Result: compound heterozygote, PI*SZ."},
    {"kind": "serum_aat", "value": 19.2, "unit": "uM", "_doc": "d1", "_ev": "19.2 umol/L      L    20.0-48.0 umol/L CORRECTED"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "moderate centrilobular and panlobular emphysema"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD maintenance"},
    {"kind": "weight", "value": 81.6, "unit": "kg", "value_kg": 81.6, "_date": "2026-02-19", "_doc": "d2", "_ev": "Wt 81.6 kg"},
    {"kind": "weight", "value": 81.0, "unit": "kg", "value_kg": 81.0, "_date": "2026-02-26", "_doc": "d2", "_ev": "Wt 81.0 kg"},
    {"kind": "dose", "value": 4917, "_doc": "d2", "_ev": "Dose infused 4,917 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "entire contents of both vials, nothing discarded"},
    {"kind": "lot_number", "value": "P100741120", "_doc": "d2", "_ev": "lot P100741120  exp 06/30/2028"},
    {"kind": "lot_number", "value": "P100729977", "_doc": "d2", "_ev": "lot P100729977  exp 09/30/2027"},
    {"kind": "expiration_date", "value": "2028-06-30", "_doc": "d2", "_ev": "lot P100741120  exp 06/30/2028"},
    {"kind": "expiration_date", "value": "2027-09-30", "_doc": "d2", "_ev": "lot P100729977  exp 09/30/2027"},
    {"kind": "infusion_start", "value": "14:04", "_doc": "d2", "_ev": "1404 infusion start"},
    {"kind": "infusion_end", "value": "14:22", "_doc": "d2", "_ev": "1422 infusion end"},
    {"kind": "fev1", "value": 52, "_doc": "d2", "_ev": "FEV1 1.44 L (52% pred)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "Clinically stable on augmentation."},
    {"kind": "prior_authorization", "value": "CHP-A1-2026-00419", "_doc": "d2", "_ev": "augmentation PA CHP-A1-2026-00419 approved"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Former smoker: 18 pk-yr, quit 2015"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d2", "_ev": "Zemaira 4 g kit   lot P100741120"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "conflict",
    "serum_aat_level": "conflict",
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
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-02-26",
    "weight": {"value": 81.0, "unit": "kg", "kg": 81.0, "date": "2026-02-26"},
    "dose_mg": 4917,
    "target_mg": 4860.0,
    "tolerance_mg": 486.0,
    "deviation_pct": 1.17,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 492,
    "units_billed": 492,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": [],
    "expirations": ["2028-06-30", "2027-09-30"],
    "expiration_ok": True,
}

NOTES = """
Gaps: serum_aat_level conflict (the only level is the corrected 19.2 umol/L, at/above 11 umol/L;
the 9.2 umol/L first release is retracted) and genotype conflict (commercial profile: PI*SZ counts
only with a documented level below threshold). The DOS infusion is documented only in the 02/27
late-entry addendum attached to the 02/19 clinic note. Traps: the retracted 9.2 umol/L and the
withdrawn "below 11 umol/L" comment; the rerun confirmation (no separate value); genotype
population ranges;
reference 20.0-48.0 and "Non-S, Non-Z"; sister PI*SZ 7.8 umol/L (family); CRP 6.8 mg/L; fax conf
004471; RSV vaccine lot; arrival/VS/PIV/departure times; kit label potencies.
"""
