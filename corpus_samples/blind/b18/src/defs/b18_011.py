# b18-011: commercial (VA MCCF claim to the veteran's employer plan). Styles (1) VA CPRS TIU observation
# discharge summary (80 columns) with an *** ADDENDUM *** correcting the weight, and BCMA medication log with
# IV bag INFUSING/COMPLETED events + (7) observation stay during which the weekly Aralast NP dose was given.
# Aralast NP 4,500 mg (4 x 1 g + 1 x 500 mg) at 70.3 kg (target 4,218 mg, +6.7 %), no waste, J0256 x 450 JZ.
# Complete.

D1 = """ LOCAL TITLE: OBSERVATION DISCHARGE SUMMARY
STANDARD TITLE: DISCHARGE SUMMARY
DATE OF NOTE: JAN 22, 2026@11:05     ENTRY DATE: JAN 22, 2026@11:48:31
      AUTHOR: ABERNATHY,CLAIRE S     EXP COSIGNER: LINDGREN,PETER A
     URGENCY:                            STATUS: COMPLETED

OBSERVATION ADMIT: 01/20/2026 18:40     DISCHARGE: 01/22/2026 11:30
WARD: 7 SOUTH OBS                        TREATING SPECIALTY: OBSERVATION MED
INSURANCE (OHI): CIGNA OPEN ACCESS PLUS (employer) - NSC care, MCCF billed
A1PI PRECERT #: 7Y221845 (Cigna, valid 10/01/2025-09/30/2026)

REASON FOR OBSERVATION: CHEST PAIN, R/O ACS.

DISCHARGE DIAGNOSES:
  1. CHEST PAIN, NON-CARDIAC (MUSCULOSKELETAL) - ACS RULED OUT
  2. ALPHA-1 ANTITRYPSIN DEFICIENCY (E88.01), homozygous for the Z allele
     (Glu342Lys), on weekly ARALAST NP since 2017
  3. EMPHYSEMA, PANLOBULAR (J43.1); FEV1 61% PRED (10/2025)
  4. HTN; HLD; OSA ON CPAP

HOSPITAL COURSE:
61 y/o Navy veteran, former smoker (quit 2008, 25 pk-yr), presented with
L-sided chest pain after moving furniture. Troponin I <0.01 x3 (01/20 1905,
2310; 01/21 0505). ECG NSR, no ischemic changes. Regadenoson SPECT 01/21:
no ischemia, EF 62%. Pain reproducible on palpation; acetaminophen 650 mg
q6h PRN with relief. Aspirin 325 mg x1 on arrival; enoxaparin ppx refused.

ALPHA-1: Veteran receives ARALAST NP weekly (Wednesdays) in PULM INFUSION.
Dose due 01/21 was given on 7 SOUTH OBS to avoid a missed week (order
entered by Dr. Lindgren, verified by inpatient pharmacy). Weight this stay
73.0 kg. ARALAST NP 4,500 MG IV (4 x 1 g + 1 x 500 mg vials, whole vials,
no waste) infused 1510-1547 on 01/21/2026 via R forearm PIV; see BCMA log
for lots. No reaction.
Response to therapy: alpha-1 clinically stable on augmentation - FEV1 61%
pred 10/2025 vs 62% pred 2023, no COPD exacerbations in the past 2 years,
no hospitalizations for lung disease since starting therapy.
Pre-treatment AAT 3.9 uM (2016).

DISCHARGE MEDS: unchanged home meds + acetaminophen 650 mg PO q6h PRN pain.
Next ARALAST NP 01/28/2026 0900 PULM INFUSION (outpatient, as usual).
FOLLOW-UP: PCP (PACT team Blue) 2 weeks; Pulmonary 03/2026 as scheduled.

/es/ CLAIRE S ABERNATHY, MD
HOSPITALIST
Signed: 01/22/2026 11:52

/es/ PETER A LINDGREN, MD
STAFF PHYSICIAN
Cosigned: 01/22/2026 13:30

01/22/2026 ADDENDUM                      STATUS: COMPLETED
*** ADDENDUM ***   JAN 22, 2026@16:18
Correction: weight in the hospital course was entered in error as 73.0 kg.
Measured weight 01/21/2026 07:00 (standing scale) was 70.3 kg (155 lb); the
ARALAST NP dose (4,500 mg) was verified by pharmacy against 70.3 kg.

/es/ CLAIRE S ABERNATHY, MD
HOSPITALIST
Signed: 01/22/2026 16:21
"""

D2 = """                                MEDICATION LOG REPORT
Medication Log Report for JAN 20, 2026@18:00 to JAN 22, 2026@12:00
Continuing/PRN/Stat/One Time Medication/Treatment Record (Detailed Log) (VAF 10-2970 B, C, D)
Log Type: INDIVIDUAL PATIENT                         Printed: JAN 22, 2026@12:41   Page: 1
------------------------------------------------------------------------------------------------------------------------------------
MCALLISTER,JOSEPH T       XXX-XX-0457    DOB: APR 3,1964 (61)    Ht: 70 in    Wt: 155 lb (01/21/26)
Ward: 7 SOUTH OBS   Rm-Bed: 714-B     Allergies: SULFA (hives)            ADRs: <None on file>
------------------------------------------------------------------------------------------------------------------------------------
Location
Activity Date   Orderable Item                    Action Action            Drug/Additive/Solution        U/Ord  U/Gvn  Unit
Start Date>     [Dose/Sched/Route/Body Site]      By     Date/Time
Stop Date<
------------------------------------------------------------------------------------------------------------------------------------
01/20/26 19:00  ASPIRIN TAB,CHEWABLE              KLM    01/20/26 19:04    ASPIRIN 81MG TAB,CHEW          4.00   4.00  TAB
                [325MG ONCE PO]                          GIVEN
------------------------------------------------------------------------------------------------------------------------------------
01/20/26 21:00  ENOXAPARIN INJ                    KLM    01/20/26 21:12    ENOXAPARIN 40MG/0.4ML SYR      1.00   0.00  SYR
                [40MG QDAY SC]                           REFUSED
                Injection Site: ABDOMEN-LEFT LOWER QUADRANT (site selected, not given)
                Comments: 01/20/26 21:12 KLM  VETERAN REFUSED, "I'LL WALK", EDUCATED
------------------------------------------------------------------------------------------------------------------------------------
01/21/26 09:05  REGADENOSON INJ                   NUC    01/21/26 09:12    REGADENOSON 0.4MG/5ML SYR      1.00   1.00  SYR
                [0.4MG ONCE IV]                          GIVEN
                Injection Site: L ANTECUBITAL
------------------------------------------------------------------------------------------------------------------------------------
01/21/26 14:30  ALPHA-1-PROTEINASE INHIBITOR      DWB    01/21/26 15:10    ARALAST NP 1GM VIAL            4.00   4.00  VIAL
                (IV) [4500MG in 225ML ONCE IV]           INFUSING          ARALAST NP 500MG VIAL          1.00   1.00  VIAL
                Injection Site: R FOREARM                                  Bag ID #260121A1P1V1
                Comments: 01/21/26 14:58 DWB  PHARM LBL: LOT LA25K044 EXP 08/2026 (1GM X4);
                          LOT LA25J210 EXP 05/2026 (500MG X1). 4 X 1GM + 1 X 500MG, WHOLE VIALS.
                          01/21/26 15:49 DWB  BAG EMPTY, LINE FLUSHED NS 20ML. NO REACTION.
01/21/26 14:30  ALPHA-1-PROTEINASE INHIBITOR      DWB    01/21/26 15:47    Bag ID #260121A1P1V1
                (IV) [4500MG in 225ML ONCE IV]           COMPLETED
------------------------------------------------------------------------------------------------------------------------------------
01/21/26 12:00  ACETAMINOPHEN TAB                 DWB    01/21/26 12:06    ACETAMINOPHEN 325MG TAB        2.00   2.00  TAB
                [650MG Q6H PRN PO]                       GIVEN
                PRN Reason:   Pain (L chest wall 5/10)
                PRN Effectiveness: 01/21/26 13:10 DWB  pain 2/10
------------------------------------------------------------------------------------------------------------------------------------
01/21/26 21:00  NITROGLYCERIN TAB,SUBLINGUAL      KLM    01/21/26 22:40    NITROGLYCERIN 0.4MG SL TAB     1.00   0.00  TAB
                [0.4MG Q5MIN PRN SL]                     HELD
                Comments: 01/21/26 22:40 KLM  HELD - NO CHEST PAIN, BP 104/62
------------------------------------------------------------------------------------------------------------------------------------
*** END OF REPORT ***
"""

CHART = {
    "chart_id": "b18-011",
    "date_of_service": "2026-01-21",
    "payer": {"profile": "commercial", "name": "Cigna Open Access Plus (VA MCCF third-party claim)"},
    "prior_authorization": "7Y221845",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "G0378", "units": 41, "modifiers": []},
        {"hcpcs": "78452", "units": 1, "modifiers": []},
        {"hcpcs": "J2785", "units": 4, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-01-22", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-22", "text": D2},
    ],
}
PROFILE = "commercial"
WIDTH = {"d1": 80, "d2": 132}

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d1", "ALPHA-1 ANTITRYPSIN DEFICIENCY (E88.01)"),
    ({"kind": "genotype", "alleles": ["Z", "Z"]}, "d1", "homozygous for the Z allele\n     (Glu342Lys)"),
    ({"kind": "serum_aat", "value": 3.9, "unit": "uM"}, "d1", "Pre-treatment AAT 3.9 uM (2016)"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d1", "EMPHYSEMA, PANLOBULAR (J43.1)"),
    ({"kind": "fev1", "value": 61}, "d1", "FEV1 61% PRED (10/2025)"),
    ({"kind": "fev1", "value": 62}, "d1", "62% pred 2023"),
    ({"kind": "smoking_status", "value": "former"}, "d1", "former smoker (quit 2008, 25 pk-yr)"),
    ({"kind": "weight", "value": 70.3, "unit": "kg", "value_kg": 70.3}, "d1",
     "Measured weight 01/21/2026 07:00 (standing scale) was 70.3 kg (155 lb)"),
    ({"kind": "drug_product", "value": "Aralast NP"}, "d1", "ARALAST NP 4,500 MG IV"),
    ({"kind": "dose", "value": 4500}, "d1", "ARALAST NP 4,500 MG IV (4 x 1 g + 1 x 500 mg vials, whole vials,\nno waste)"),
    ({"kind": "wastage", "value": 0}, "d1", "whole vials,\nno waste"),
    ({"kind": "lot_number", "value": "LA25K044"}, "d2", "LOT LA25K044 EXP 08/2026 (1GM X4)"),
    ({"kind": "lot_number", "value": "LA25J210"}, "d2", "LOT LA25J210 EXP 05/2026 (500MG X1)"),
    ({"kind": "expiration_date", "value": "2026-08"}, "d2", "LOT LA25K044 EXP 08/2026"),
    ({"kind": "expiration_date", "value": "2026-05"}, "d2", "LOT LA25J210 EXP 05/2026"),
    ({"kind": "infusion_start", "value": "15:10"}, "d1", "infused 1510-1547 on 01/21/2026"),
    ({"kind": "infusion_end", "value": "15:47"}, "d1", "infused 1510-1547 on 01/21/2026"),
    ({"kind": "response_to_therapy"}, "d1",
     "alpha-1 clinically stable on augmentation - FEV1 61%\npred 10/2025 vs 62% pred 2023, no COPD exacerbations in the past 2 years"),
    ({"kind": "prior_authorization", "value": "7Y221845"}, "d1", "A1PI PRECERT #: 7Y221845"),
]

DECOYS = [
    ("d1", "Weight this stay\n73.0 kg."),
    ("d2", "01/21/26 14:58 DWB  PHARM LBL"),
    ("d2", "01/21/26 15:49 DWB  BAG EMPTY"),
    ("d1", "Next ARALAST NP 01/28/2026 0900"),
    ("d1", "Regadenoson SPECT 01/21"),
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
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}
EXPECT_GAPS = []

NOTES = ("Complete. VA observation stay for chest pain (ACS ruled out) during which the Wednesday Aralast NP "
         "was given on the ward. TIU discharge summary (80 columns) whose addendum corrects the weight "
         "(73.0 kg entered in error -> 70.3 kg / 155 lb) + BCMA log with IV bag INFUSING 15:10 / COMPLETED "
         "15:47 and lots in the comments. 4,500 mg whole vials at 70.3 kg (target 4,218 mg, +6.7 %), no "
         "waste, J0256 x 450 JZ. Traps: 73.0 kg (superseded); BCMA comment times 14:58/15:49; troponin "
         "times; regadenoson 09:12 with its injection site; enoxaparin REFUSED with an injection-site line; "
         "nitroglycerin HELD; aspirin 4 x 81 mg; next dose 01/28 0900; lot LA25J210 exp 05/2026 is close "
         "to but after the DOS.")

ARITH = {
    "dos": "2026-01-21",
    "product": "Aralast NP",
    "weights": [
        {"value_kg": 70.3, "date": "2026-01-21"},
    ],
    "weight_kg": 70.3,
    "dose_mg": 4500,
    "target_mg": 4218.0,
    "pct_diff": 6.7,
    "within_10pct": True,
    "lines": [
        {"hcpcs": "J0256", "modifiers": ["JZ"], "billed_units": 450, "bu_mg": 10.0, "expected_units": 450},
    ],
    "waste_mg": 0,
    "jw_units_expected": 0,
    "lots": [
        {"lot": "LA25K044", "exp": "2026-08", "exp_compare": "2026-08-31", "expired": False},
        {"lot": "LA25J210", "exp": "2026-05", "exp_compare": "2026-05-31", "expired": False},
    ],
}
