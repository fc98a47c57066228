"""b27-001: medicare, complete. Styles (1) SOAPIE nursing note with the infusion inside I and the
response inside E, and (6) reference-lab corrected report (phenotype MZ corrected to ZZ, three
specimens). Prolastin-C Liquid 4,000 + 500 mg vials = 4,500 mg, J0256 450 JZ."""

CHART_ID = "b27-001"
DOS = "2026-02-17"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
NURSING PROGRESS NOTE (SOAPIE)                         Harbor Point Infusion Suite
Pt: LINDQVIST, DOROTHEA M      DOB 04/19/1959    MRN 002281947    Acct V00118842730
DOS: 02/17/2026    Arrived 0812    Chair INF-4 (recliner)
Author: Marisol Abernathy, RN          Ordering: Priya Venkataraman, MD (Pulm)
Visit dx: Alpha-1 antitrypsin deficiency (E88.01); Emphysema, unspecified (J43.9)

S: "I've been doing pretty good. Only used my rescue inhaler twice this week."
   Denies fever, chills, new cough, change in sputum color. No missed doses since Dec.
   States her brother had his AAT blood test and it came back "borderline" - he is
   following with his own PCP.
   Former smoker, quit 2004 (25 pk-yr). Lives w/ husband, independent ADLs.

O: 0820  T 36.7  HR 78  RR 18  BP 124/72  SpO2 92% RA
   Wt 74.6 kg (164.5 lb) standing scale, shoes off.  Ht 163 cm.
   Lungs diminished bilat bases, no wheeze, no accessory muscle use.
   0836 R AC 22g PIV placed x1 attempt, + blood return, flushes easily.
   Last infusion 02/10/2026 (4,500 mg, lot 2N0116 - see that visit's note).

A: 1. AATD, PiZZ, on weekly augmentation - due today; no fever/acute illness,
      no hold criteria met.
   2. Emphysema - at her baseline per pt and exam.
   3. Knowledge: able to state s/sx of infusion reaction to report.

P: Prolastin-C Liquid 60 mg/kg IV per standing order (pharmacy dose 4,500 mg).
   Acetaminophen premed per order. Observe 15 min post infusion.
   Next infusion 02/24/2026 0830.

I: 0840  Acetaminophen 650 mg PO given (lot AC55120, exp 11/2027) per premed order.
   0851  Prolastin-C Liquid (alpha1-proteinase inhibitor [human]) started via R AC PIV
         on pump, weight-based rate 0.08 mL/kg/min (~6 mL/min).
         Product: 1 x 4,000 mg/80 mL vial   Lot 2N0271   Exp 09/30/2027
                  1 x 500 mg/10 mL vial     Lot 2M1884   Exp 05/31/2027
         Total given: 4,500 mg (90 mL). Both vials fully drawn - no waste.
   0908  Infusion complete; line flushed with NS 10 mL.
   0910  BP 121/70  HR 80  RR 18  SpO2 93% RA.
   0925  PIV d/c'd, catheter tip intact, pressure x2 min, gauze/tape.

E: No flushing, rash, chest tightness or dyspnea during or after the infusion. Post VS
   at her baseline. Pt reports that since starting weekly Prolastin in 2023 she has had
   one exacerbation (vs four the year before) and now does her grocery shopping without
   stopping to rest; describes her breathing as "steady". Verbalized understanding of
   next appt. Discharged ambulatory with husband 0942.

Marisol Abernathy, RN    e-signed 02/17/2026 0958
"""

D2 = """
MERIDIAN REFERENCE LABORATORIES                                  *** CORRECTED REPORT ***
1400 Technology Pkwy, Salt Lake City, UT 84108     CLIA 46D0xxxxx8   Dir: H. Okonkwo, MD, PhD
------------------------------------------------------------------------------------------
Patient:  LINDQVIST, DOROTHEA M        DOB: 04/19/1959    Sex: F    Client Pt ID: 002281947
Client:   Harbor Point Pulmonary Associates (acct 55102)
Ordering: VENKATARAMAN, PRIYA MD       Accession: MR19-0308-4471
Report status: CORRECTED - this report supersedes the FINAL report of 03/14/2019 16:02
------------------------------------------------------------------------------------------
SPECIMENS
  [1] Serum, SST        Collected 03/08/2019 07:40   Received 03/09/2019 09:15
  [2] Whole blood, EDTA Collected 03/08/2019 07:40   Received 03/09/2019 09:15
  [3] Serum, SST        Collected 03/08/2019 07:42   Received 03/09/2019 09:15  (redraw tube,
                        used for repeat IEF)
------------------------------------------------------------------------------------------
TEST                                  SPEC  RESULT        FLAG  UNITS    REFERENCE
Alpha-1-Antitrypsin, S (nephelometry)  [1]  24            L     mg/dL    100-190
C-Reactive Protein, high sensitivity   [1]  1.2                 mg/L     <3.0
Immunoglobulin A                       [1]  238                 mg/dL    70-400
Alpha-1-Antitrypsin Phenotype (IEF)    [3]  ZZ  (c)       A              MM
SERPINA1 Genotype, S and Z alleles     [2]  see below
------------------------------------------------------------------------------------------
SERPINA1 GENOTYPE - specimen [2], real-time PCR
  S allele  c.863A>T  (p.Glu288Val, rs17580) ........ Not detected
  Z allele  c.1096G>A (p.Glu366Lys, rs28929474) ..... Detected - homozygous
  Interpretation: Homozygous for the Z allele (PI*ZZ). This assay detects the S and Z
  alleles only; null and rare deficiency alleles are not detected.

(c) CORRECTED RESULT 03/16/2019 11:20 - Phenotype previously reported as MZ.
    The original IEF reading was transcribed from the adjacent gel lane (a different
    patient). Repeat IEF on specimen [3] shows a ZZ pattern, concordant with the
    genotype on specimen [2] and with the serum concentration. The MZ result of
    03/14/2019 is retracted. Client notified: 03/16/2019 11:34, spoke with T. Reyes (RN).

COMMENTS
  - AAT is an acute-phase reactant; the normal hs-CRP makes inflammatory elevation of
    the specimen [1] result unlikely.
  - Serum AAT below 57 mg/dL (approx. 11 umol/L) is associated with increased risk of
    emphysema (interpretive threshold, not a patient result).
  - Genetic counseling and testing of siblings and children are recommended.
  - IgA is not deficient (anti-IgA antibodies not tested).

REPORT HISTORY
  03/14/2019 16:02  FINAL        (phenotype MZ - retracted)
  03/16/2019 11:20  CORRECTED    (phenotype ZZ)

Released by: K. Whitford, MLS(ASCP)      Reviewed: H. Okonkwo, MD, PhD     Page 1 of 1
"""

D3 = """
HARBOR POINT PULMONARY ASSOCIATES - OFFICE VISIT
Date: 12/09/2025      Provider: Priya Venkataraman, MD
Patient: Lindqvist, Dorothea M   DOB 04/19/1959   MRN 002281947

Reason: 6-month follow-up, alpha-1 antitrypsin deficiency on augmentation.

Interval: Weekly Prolastin-C Liquid at the Harbor Point infusion suite since 03/2023.
One exacerbation 04/2025 (prednisone burst only). Walking 20-25 min most days.
No hemoptysis. Did the pulmonary rehab maintenance class through the fall.

Vitals: BP 130/76  HR 76  SpO2 93% RA  Wt 75.3 kg

Spirometry today (post-BD): FEV1 1.02 L (44% pred)  FVC 2.49 L (87% pred)  ratio 0.41
  -> obstructive ventilatory defect, unchanged from 11/2024 (FEV1 1.05 L).
Last CT (2023): panlobular emphysema, basal predominant.

Assessment/Plan:
1. AATD, PI*ZZ (2019, see Meridian corrected report) - continue Prolastin-C Liquid
   60 mg/kg IV weekly. FEV1 stable over the past year.
2. Emphysema - continue tiotropium/olodaterol; albuterol prn.
3. Health maintenance: flu shot given 10/2025. Hep B immune.
If she has >2 exacerbations before the next visit we would discuss azithromycin
prophylaxis. RTC 6 months with spirometry.

Electronically signed by Priya Venkataraman, MD on 12/09/2025 15:48
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-02-17", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2019-03-16", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-12-09", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Alpha-1 antitrypsin deficiency (E88.01)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "Homozygous for the Z allele (PI*ZZ)"},
    {"kind": "serum_aat", "value": 24, "unit": "mg/dL", "_doc": "d2", "_ev": "[1]  24            L     mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Emphysema, unspecified (J43.9)"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d3", "_ev": "obstructive ventilatory defect"},
    {"kind": "weight", "value": 74.6, "unit": "kg", "value_kg": 74.6, "_date": "2026-02-17", "_doc": "d1", "_ev": "Wt 74.6 kg (164.5 lb)"},
    {"kind": "weight", "value": 75.3, "unit": "kg", "value_kg": 75.3, "_date": "2025-12-09", "_doc": "d3", "_ev": "Wt 75.3 kg"},
    {"kind": "dose", "value": 4500, "_doc": "d1", "_ev": "Total given: 4,500 mg (90 mL)"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Both vials fully drawn - no waste"},
    {"kind": "lot_number", "value": "2N0271", "_doc": "d1", "_ev": "Lot 2N0271"},
    {"kind": "lot_number", "value": "2M1884", "_doc": "d1", "_ev": "Lot 2M1884"},
    {"kind": "expiration_date", "value": "2027-09-30", "_doc": "d1", "_ev": "Lot 2N0271   Exp 09/30/2027"},
    {"kind": "expiration_date", "value": "2027-05-31", "_doc": "d1", "_ev": "Lot 2M1884   Exp 05/31/2027"},
    {"kind": "infusion_start", "value": "08:51", "_doc": "d1", "_ev": "0851  Prolastin-C Liquid (alpha1-proteinase inhibitor [human]) started"},
    {"kind": "infusion_end", "value": "09:08", "_doc": "d1", "_ev": "0908  Infusion complete"},
    {"kind": "fev1", "value": 44, "_doc": "d3", "_ev": "FEV1 1.02 L (44% pred)"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "since starting weekly Prolastin in 2023 she has had\n   one exacerbation (vs four the year before)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker, quit 2004"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1", "_ev": "0851  Prolastin-C Liquid"},
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
    "dos": "2026-02-17",
    "weight": {"value": 74.6, "unit": "kg", "kg": 74.6, "date": "2026-02-17"},
    "dose_mg": 4500,
    "target_mg": 4476.0,
    "tolerance_mg": 447.6,
    "deviation_pct": 0.54,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 450,
    "units_billed": 450,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-09-30", "2027-05-31"],
    "expiration_ok": True,
}

NOTES = """
Complete. SOAPIE nursing progress note: Intervention holds the Prolastin-C Liquid infusion (0851
start, 0908 complete, 4,000 + 500 mg vials fully drawn, no waste); Evaluation holds the response
(one exacerbation vs four the year before). Traps: arrival 0812, VS 0820/0910, PIV 0836/0925,
discharge 0942, signing 0958; acetaminophen 650 mg with its own lot/exp; last week's 4,500 mg and
lot 2N0116; pharmacy dose and next infusion date; vial sizes 4,000 mg/80 mL and 500 mg/10 mL;
brother "borderline" (family). Reference lab: phenotype MZ retracted and corrected to ZZ (the MZ is
not a finding); reference MM and 100-190 mg/dL; the 57 mg/dL / 11 umol/L interpretive threshold;
CRP and IgA values; hypothetical azithromycin if >2 exacerbations. FEV1 11/2024 given in L only
(no % predicted) so it is not an fev1 finding.
"""
