from _h import F, W, reqs

D1 = """Chesapeake Pulmonary Group
900 Light St, Suite 5, Baltimore, MD 21230   P 410-555-0102   F 410-555-0103

OSEI, FRANKLIN D   DOB: 03/21/1955 (70 yo M)   Acct #: 5513842
Primary Ins: Medicare Part B (MBI on file)   Secondary: AARP Medicare Supplement Plan G
Appt. Date/Time: 10/14/2025 08:15AM    Service Dept: CPG-LIGHT ST
Provider: MIRIAM FALK, MD

CHIEF COMPLAINT
  Follow-up new alpha-1 diagnosis; 10th weekly augmentation infusion today.

HPI
  70 yo M, retired longshoreman, referred 05/2025 for progressive DOE. PFT 06/2025 with
  severe obstruction, CT with basilar-predominant emphysema; AAT level low (39 mg/dL) and
  IEF phenotype ZZ 06/2025. SERPINA1 sequencing sent 09/2025 for his children's counseling -
  still pending. Started weekly Prolastin-C Liquid 08/12/2025 at our office infusion room.
  Today: feels "a little more wind" on stairs; no exacerbations or antibiotics since
  starting; tolerating weekly infusions without headache, rash or chest tightness.
  Using Breztri BID, albuterol ~3x/wk (was daily in June). Pulm rehab started 09/2025,
  going 2x/wk.

PROBLEM LIST  (reviewed 10/14/2025)
  Alpha-1-antitrypsin deficiency                                   E88.01    06/2025
  Panlobular emphysema                                             J43.1     06/2025
  Chronic obstructive pulmonary disease, unspecified               J44.9     2021
  Essential hypertension                                           I10
  Chronic kidney disease, stage 3a                                 N18.31
  Gout                                                             M10.9
  Benign prostatic hyperplasia with LUTS                           N40.1
  Hearing loss, bilateral (aids)                                   H91.93
  Former tobacco use                                               Z87.891

MEDICATIONS
  Prolastin-C Liquid 4,000 mg/80 mL + 1,000 mg/20 mL vials - infuse 60 mg/kg IV weekly in
    office (dosing weight per RN each visit)
  Breztri Aerosphere 160-9-4.8 mcg/actuation - 2 puffs BID
  albuterol HFA 90 mcg - 2 puffs q4h PRN
  amlodipine 10 mg daily; hydrochlorothiazide 12.5 mg daily
  allopurinol 100 mg daily
  tamsulosin 0.4 mg qhs
ALLERGIES: NKDA

SOCIAL HISTORY
  Tobacco: former, 1 ppd x 30 yrs, quit 2001. No vaping.
  Occupational: port of Baltimore 1976-2015 (grain dust, diesel exhaust).
  Alcohol: none since 2010.  Lives with wife; 3 adult children.

FAMILY HISTORY
  Brother: died 58 of "emphysema", never tested. Children (44, 41, 37) - testing planned
  after his sequencing returns.

VITALS (08:22 AM)
  BP 136/82  HR 78  RR 18  T 97.6 F  SpO2 93 % RA
  Ht 5 ft 10 in   Wt 176.4 lbs   BMI 25.3

EXAM
  Lean, no distress. Decreased BS bilaterally, few expiratory wheezes, no crackles.
  No JVD, no edema. No jaundice, no spider angiomata.

ASSESSMENT / PLAN
  1. Alpha-1-antitrypsin deficiency, ZZ phenotype, with panlobular emphysema/COPD.
     Early response reassuring: no exacerbations in 9 weeks, less rescue inhaler use, and
     tolerating Prolastin-C Liquid well. Continue 60 mg/kg IV weekly - today's dose by RN
     per weight (see nurse addendum). Repeat spirometry 12/2025.
     If sequencing shows a second variant other than Z, will revisit genetic counseling.
  2. COPD maintenance: Breztri; pulm rehab.
  3. CKD 3a - creatinine 1.4; no dose adjustment needed for A1PI.
  4. Vaccines: flu HD given 09/30/2025 (pharmacy); RSV 10/2024; PCV20 2023.
  RTC 3 months.

Electronically signed by MIRIAM FALK, MD on 10/14/2025 at 09:02AM
"""

D2 = """Chesapeake Pulmonary Group                                    ADDENDUM (Nursing)
OSEI, FRANKLIN D   DOB: 03/21/1955   Acct #: 5513842
Encounter date: 10/14/2025   Provider: MIRIAM FALK, MD
Addendum created by LAMAR HOOKS, RN on 10/14/2025 at 02:18PM (signed 02:26PM)

Infusion note - A1PI, office infusion room chair 1:

Weight (office scale, 08:22): 80.0 kg. Dose per standing order 60 mg/kg.
Vials pulled from office stock (buy-and-bill):
  Prolastin-C Liquid 4,000 mg/80 mL   lot 25K5561   exp 2027-01-31
  Prolastin-C Liquid 1,000 mg/20 mL   lot 25J3018   exp 2026-12-31
PIV 22 g L forearm at 09:08, flushed, + blood return.
Drew up 96 mL = 4,800 mg (50 mg/mL).
Infusion begun 09:15 at 6.4 mL/min (0.08 mL/kg/min); infusion finished 09:30.
Amount infused: 4,800 mg alpha1-PI (Prolastin-C Liquid).
Remaining 4 mL (200 mg) in the 1,000 mg vial discarded (single-use, no preservative) -
witness Kendra Voss, MA.
Vitals 09:12 BP 134/80 HR 76 SpO2 93 %; 09:25 BP 130/78 HR 78; 09:45 BP 132/80 HR 76
SpO2 94 %. No reaction. Observed 15 min. PIV out 09:48, pt left 09:52.

Late entry reason: charted after afternoon clinic; times from the paper infusion flow
sheet kept at chair 1.

Billing (office): 96365 x1; J2252 x 4800 units; J2252-JW x 200 units (alpha-1 PI per the
practice's payer code table); NDC 13533-0705-80 / -20.

LAMAR HOOKS, RN  10/14/2025 02:26PM
"""

D3 = """CHESAPEAKE PULMONARY GROUP - PULMONARY FUNCTION LAB           ndd EasyOne Pro LAB  v3.9
PATIENT      OSEI, FRANKLIN D                 PATIENT ID   5513842
BIRTH DATE   03/21/1955    AGE 70    SEX M    HEIGHT 177.8 cm    WEIGHT 81.2 kg
TEST DATE    06/10/2025 10:05                 OPERATOR     K. Voss, CMA, CPFT
REFERRING    M. Falk, MD                      PREDICTED    GLI 2012 / GLI 2017 (race-neutral)
SMOKING      ex-smoker, 30 pack-yr            MEDICATION   withheld SABA 6 h, LAMA/LABA 24 h

------------------------------------------------------------------------------------------
SPIROMETRY           | PRE                                   | POST  (salbutamol 400 ug)
Parameter   Unit     | Actual  Pred   %Pred  LLN    Z-score  | Actual  %Pred  Z-score  %Chg
------------------------------------------------------------------------------------------
FVC         L        | 3.12    4.29   73     3.36   -2.15    | 3.30    77     -1.86    +6
FEV1        L        | 1.16    3.20   36     2.46   -4.11    | 1.24    39     -3.92    +7
FEV1/FVC    ratio    | 0.37    0.75   49     0.64   -4.40    | 0.38    51     -4.33
FEF25-75    L/s      | 0.33    2.46   13     1.27   -3.88    | 0.36    15     -3.80
PEF         L/s      | 4.05    8.36   48     6.20   -2.88    | 4.31    52     -2.69
------------------------------------------------------------------------------------------
DIFFUSION (DLCO)     | Actual  Pred   %Pred  LLN    Z-score
DLCOc  mL/min/mmHg   | 10.9    25.6   43     19.1   -3.75
VA     L             | 5.88    6.70   88     5.60   -1.05
KCOc                 | 1.85    3.82   48     2.87   -3.55
Hb 14.1 g/dL (06/02/2025)
------------------------------------------------------------------------------------------
SESSION QUALITY  Pre: 3 of 4 efforts acceptable, grade A. Post: 3 efforts, grade A.
                 DLCO: 2 acceptable, grade A.
COMMENTS         Post-BD testing 15 min after 4 x 100 ug salbutamol via spacer (10:31).

INTERPRETATION (M. Falk, MD, 06/11/2025)
  Severe obstructive ventilatory defect with a minimal, non-significant bronchodilator
  response. Severely reduced DLCO, KCO reduced. Findings are consistent with emphysema.
  Recommend AAT level and phenotype (ordered), CT chest.
"""

D4 = """BAYSIDE CLINICAL REFERENCE LAB                                        FINAL
Pt: OSEI, FRANKLIN D    DOB 03/21/1955    Sex M    Chart# 5513842
Req MD: FALK, MIRIAM    Coll 06/16/2025 07:58    Recv 06/16/2025 12:40    Rptd 06/18/2025 09:12
Spec: Serum x2 (SST, red top)

 FLG   TEST ........................................ UNITS ....... REF ......... RESULT
 ---   ----------------------------------------------------------------------------------
 *L    A1AT (ALPHA-1-ANTITRYPSIN), QUANT ............ mg/dL ....... 90-200 ...... 39
       (immunoturbidimetric, Roche cobas)
 *A    A1AT PHENOTYPE (ISOELECTRIC FOCUSING) ........ ------ ....... MM .......... ZZ
       hs-CRP ....................................... mg/L ........ <3.0 ........ 0.9
       IgA .......................................... mg/dL ....... 70-400 ...... 248
       ALT .......................................... U/L ......... 0-44 ........ 22
       AST .......................................... U/L ......... 0-40 ........ 27
       GGT .......................................... U/L ......... 0-65 ........ 31
       Creatinine ................................... mg/dL ....... 0.70-1.30 ... 1.41  *H

 COMMENT (A1AT PHENOTYPE): Only Z protein bands detected. Consistent with PI ZZ phenotype,
 severe deficiency. IEF cannot exclude a null allele in trans with Z; DNA testing (SERPINA1
 sequencing) is recommended to define the genotype for family counseling.
 COMMENT (A1AT QUANT): interpret with CRP. Result reported to M. Falk, MD by phone
 06/18/2025 09:20 (read back).

 *L = below reference  *H = above reference  *A = abnormal
 Bayside Clinical Reference Lab, 3 Harbor Way, Baltimore MD - CLIA 21D0661452
"""

CHART = {
    "chart_id": "b15-014",
    "date_of_service": "2025-10-14",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 4800, "modifiers": []},
        {"hcpcs": "J2252", "units": 200, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-10-14", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2025-10-14", "text": D2},
        {"id": "d3", "type": "lab_report", "date": "2025-06-10", "text": D3},
        {"id": "d4", "type": "lab_report", "date": "2025-06-18", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b15-014",
    "profile": "medicare",
    "requirements": reqs(
        "medicare",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="met",
        lot_number="met", expiration_date="met", infusion_times="met",
        response_to_therapy="met", prior_authorization="not_applicable", code_selection="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d1", "Alpha-1-antitrypsin deficiency                                   E88.01")),
        F("genotype", ("d4", "MM .......... ZZ"), alleles=["Z", "Z"]),
        F("serum_aat", ("d4", "90-200 ...... 39"), value=39, unit="mg/dL"),
        F("lung_disease", ("d1", "Panlobular emphysema                                             J43.1"), value="emphysema"),
        F("lung_disease", ("d1", "Chronic obstructive pulmonary disease, unspecified               J44.9"), value="copd"),
        F("lung_disease", ("d3", "Severe obstructive ventilatory defect"), value="airflow_obstruction"),
        W(("d1", "Wt 176.4 lbs"), 176.4, "lb"),
        W(("d2", "Weight (office scale, 08:22): 80.0 kg"), 80.0, "kg"),
        W(("d3", "WEIGHT 81.2 kg"), 81.2, "kg"),
        F("dose", ("d2", "Amount infused: 4,800 mg"), value=4800),
        F("wastage", ("d2", "Remaining 4 mL (200 mg)"), value=200),
        F("lot_number", ("d2", "lot 25K5561"), value="25K5561"),
        F("lot_number", ("d2", "lot 25J3018"), value="25J3018"),
        F("expiration_date", ("d2", "exp 2027-01-31"), value="2027-01-31"),
        F("expiration_date", ("d2", "exp 2026-12-31"), value="2026-12-31"),
        F("infusion_start", ("d2", "Infusion begun 09:15"), value="09:15"),
        F("infusion_end", ("d2", "infusion finished 09:30"), value="09:30"),
        F("fev1", ("d3", "FEV1        L        | 1.16    3.20   36"), value=36),
        F("fev1", ("d3", "| 1.24    39"), value=39),
        F("response_to_therapy", ("d1", "Early response reassuring")),
        F("smoking_status", ("d1", "Tobacco: former, 1 ppd x 30 yrs, quit 2001"), value="former"),
        F("drug_product", ("d2", "Amount infused: 4,800 mg alpha1-PI (Prolastin-C Liquid)"), value="Prolastin-C Liquid"),
    ],
    "notes": (
        "Complete. Athena-style pulmonary note (problem list, med list with the weekly order, plan) "
        "with the administration in a nursing addendum signed in the afternoon, an ndd EasyOne PFT "
        "report (pre | post blocks) and a reference-lab report whose result sits in the last column "
        "after units and reference, with the flag in front. J2252 billed per the guide's 1-mg unit: "
        "4,800 administered units + 200 JW units (200 mg waste from the 1,000 mg vial). Traps: "
        "'Drew up 96 mL = 4,800 mg' is the same amount; weights 176.4 lbs (= 80.0 kg, same "
        "weighing) and 81.2 kg (June PFT); IEF ZZ with sequencing pending (phenotype counts); "
        "reference 'MM'; IgA/CRP/creatinine; brother's 'emphysema' and children's planned testing "
        "(family/plan); salbutamol 400 ug and test times; PIV 09:08, VS 09:12/09:25/09:45, PIV out "
        "09:48; 'no dose adjustment needed'; hypothetical second variant."
    ),
}

ARITH = {
    "weight_kg": 80.0, "weight_source": "d2 office scale 08:22 DOS (d1 176.4 lbs = 80.0 kg)",
    "product": "Prolastin-C Liquid", "code": "J2252", "billing_unit_mg": 1,
    "dose_mg": 4800, "vial_total_mg": 5000, "waste_mg": 200,
    "billed_admin_units": 4800, "billed_jw_units": 200,
    "modifier_expected": "JW x200 on separate line (1-mg unit)", "modifier_billed": "JW x200",
    "lots": [{"lot": "25K5561", "exp": "2027-01-31"}, {"lot": "25J3018", "exp": "2026-12-31"}],
    "start": "09:15", "end": "09:30",
}
