"""b28-010: medicaid, 1 gap. Styles (2) two-visit sideways flowsheet print (02/27 and 03/06 columns)
and (4) Medicaid remittance + member notice filed in the chart, plus a pulmonology note. Glassia 3 vials
(label 1,008 + 994 + 1,016 = 3,018 mg) all infused; the claim carries J0256 302 JZ (the units are right,
the code is not: Glassia is J0257)."""

CHART_ID = "b28-010"
DOS = "2026-03-06"
PAYER = {"profile": "medicaid", "name": "Prairie State Medicaid (fee-for-service)"}
PRIOR_AUTH = "PSM-26-0044817"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 302, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
COTTONWOOD REGIONAL - INFUSION THERAPY       FLOWSHEET REPORT (landscape, last 2 encounters)
SANTIAGO-REYES, MARISOL   MRN CRH-2290416   DOB 04/27/1977 (48 F)   Payer: Prairie State Medicaid
Prior auth: PSM-26-0044817 (Glassia, 01/01/2026-12/31/2026)      Prescriber: T. Vandermolen, MD
Report run: 03/06/2026 15:02

                 |<-------- 02/27/2026 --------->|<--------------- 03/06/2026 ---------------->|
Time             | 1330  | 1342  | 1402  | 1430  | 1318  | 1329  | 1340  | 1350  | 1400  | 1425  |
-----------------+-------+-------+-------+-------+-------+-------+-------+-------+-------+-------+
Event            | wt/VS | start | stop  | d/c   | wt/VS | PIV   | start | rate  | stop  | d/c   |
Weight (kg)      | 50.9  |       |       |       | 50.5  |       |       |       |       |       |
Rate (mL/hr)     |       | 450   | 0     |       |       | KVO   | 450   | 450   | 0     |       |
Vol infused (mL) |       | 0     | 150   |       |       |       | 0     | 75    | 150   |       |
BP               | 110/70| 108/68| 112/70| 110/72| 104/66|       | 106/68| 108/70| 110/70| 108/68|
HR               | 84    | 82    | 80    | 80    | 90    |       | 88    | 86    | 84    | 84    |
SpO2 (%)         | 95    | 96    | 96    | 95    | 94    |       | 95    | 95    | 96    | 95    |
Site             |       | WNL   | WNL   | d/c   |       | 24G R | WNL   | WNL   | WNL   | d/c   |
                 |       |       |       |       |       | hand  |       |       |       |       |
-----------------+-------+-------+-------+-------+-------+-------+-------+-------+-------+-------+

MEDICATION ADMINISTRATION - by encounter
02/27/2026  GLASSIA (alpha1-PI, human) 3,026 mg IV, 3 x 50 mL vials, lot GL25J0331 exp 2026-12-31,
            no waste.  RN: A. Lucero
03/06/2026  GLASSIA (alpha1-PI, human) IV, 3 x 50 mL vials, carton actual content:
              1,008 mg (lot GL25M1102, exp 2027-06)   994 mg (lot GL25M1102, exp 2027-06)
              1,016 mg (lot GL25L0876, exp 2027-03)
            Total administered 3,018 mg (150 mL), all three vials emptied - nothing discarded.
            5 micron in-line filter; rate 450 mL/hr (under 0.2 mL/kg/min).  RN: A. Lucero
            Acetaminophen 500 mg PO 1322 for headache (pt request).
Comment 03/06 1430: tolerated well, no reaction. Next visit 03/13/2026 1315.
"""

D2 = """
PRAIRIE STATE MEDICAID - REMITTANCE ADVICE (excerpt, filed by CBO 03/05/2026)
Provider: COTTONWOOD REGIONAL HOSP OP   Provider ID 00412xxxx   RA #: 2026-0304-118820   Paid: 03/04/2026

ICN              Recipient                   Svc date   HCPCS  Mod  Units  Billed     Allowed    Paid       CARC
2226055001187    SANTIAGO-REYES, MARISOL     02/20/26   J0257  JZ   303    $6,060.00  $3,541.07  $3,541.07  45
2226055001187    SANTIAGO-REYES, MARISOL     02/20/26   96365       1      $388.00    $71.80     $71.80     45
2226062000944    SANTIAGO-REYES, MARISOL     02/27/26   J0257  JZ   303    $6,060.00  $3,541.07  $3,541.07  45
2226062000944    SANTIAGO-REYES, MARISOL     02/27/26   96365       1      $388.00    $71.80     $71.80     45
CARC 45: Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.
Recipient copay: $0.00 (exempt)

PRAIRIE STATE MEDICAID - NOTICE TO MEMBER (scanned, brought in by patient 03/06/2026)
  Dear Marisol Santiago-Reyes: services you received on 02/20/2026 and 02/27/2026 at Cottonwood
  Regional were paid. You owe nothing for these services. If a provider bills you, call 1-800-xxx-xxxx.
  Reference (call center): MBR-NTC-0301-77145
"""

D3 = """
COTTONWOOD PULMONARY ASSOCIATES
Office Visit  01/15/2026    T. Vandermolen, MD
Marisol Santiago-Reyes, 48 F

HPI: AATD (PI*ZZ) with emphysema, diagnosed 2021 at age 44 after an ED visit for an exacerbation.
Augmentation with Glassia weekly since 03/2023 at Cottonwood infusion. Reports she is doing well on
it - one exacerbation in 2025 (none requiring hospitalization) versus three in 2022, and she went back
to full-time work in 2024. Never smoked; no occupational dust. Mother died of "emphysema" at 58,
never tested. Brother tested 2022: PI*MZ.

Meds: Glassia 60 mg/kg IV weekly; budesonide/formoterol 160/4.5 2 puffs bid; albuterol prn.

Exam: Wt 51.6 kg. BP 108/70, HR 86, SpO2 95% RA. Mildly decreased breath sounds at the bases.

Data:
  Pretreatment AAT 27 mg/dL (2021, nephelometry). Genotype PI*ZZ (2021).
  Spirometry today: FEV1 1.74 L (55% predicted), FEV1/FVC 0.52 - obstructive ventilatory defect,
  unchanged from 01/2025 (FEV1 1.77 L).
  CT 2021: panlobular emphysema, lower lobes.

A/P: AATD with emphysema, stable on Glassia. Continue weekly. PA renewed through 12/2026.
Flu and pneumococcal vaccines up to date. RTC 6 months.
                                              T. Vandermolen, MD   01/15/2026 11:48
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-06", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-06", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-15", "text": D3},
]

HDR = "Time             | 1330  | 1342  | 1402  | 1430  | 1318  | 1329  | 1340  | 1350  | 1400  | 1425  |"

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "AATD (PI*ZZ) with emphysema, diagnosed 2021"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Genotype PI*ZZ (2021)"},
    {"kind": "serum_aat", "value": 27, "unit": "mg/dL", "_doc": "d3", "_ev": "Pretreatment AAT 27 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "panlobular emphysema, lower lobes"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d3", "_ev": "obstructive ventilatory defect"},
    {"kind": "weight", "value": 50.5, "unit": "kg", "value_kg": 50.5, "_date": "2026-03-06", "_doc": "d1",
     "_ev": "Weight (kg)      | 50.9  |       |       |       | 50.5  |"},
    {"kind": "weight", "value": 50.9, "unit": "kg", "value_kg": 50.9, "_date": "2026-02-27", "_doc": "d1",
     "_ev": "Weight (kg)      | 50.9  |"},
    {"kind": "weight", "value": 51.6, "unit": "kg", "value_kg": 51.6, "_date": "2026-01-15", "_doc": "d3",
     "_ev": "Wt 51.6 kg"},
    {"kind": "dose", "value": 3018, "_doc": "d1", "_ev": "Total administered 3,018 mg (150 mL)"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "all three vials emptied - nothing discarded"},
    {"kind": "lot_number", "value": "GL25M1102", "_doc": "d1", "_ev": "1,008 mg (lot GL25M1102, exp 2027-06)"},
    {"kind": "lot_number", "value": "GL25L0876", "_doc": "d1", "_ev": "1,016 mg (lot GL25L0876, exp 2027-03)"},
    {"kind": "expiration_date", "value": "2027-06", "_doc": "d1", "_ev": "lot GL25M1102, exp 2027-06"},
    {"kind": "expiration_date", "value": "2027-03", "_doc": "d1", "_ev": "lot GL25L0876, exp 2027-03"},
    {"kind": "infusion_start", "value": "13:40", "_doc": "d1",
     "_ev": "Event            | wt/VS | start | stop  | d/c   | wt/VS | PIV   | start |", "_hdr": HDR},
    {"kind": "infusion_end", "value": "14:00", "_doc": "d1",
     "_ev": "Event            | wt/VS | start | stop  | d/c   | wt/VS | PIV   | start | rate  | stop  |", "_hdr": HDR},
    {"kind": "fev1", "value": 55, "_doc": "d3", "_ev": "FEV1 1.74 L (55% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d3",
     "_ev": "Reports she is doing well on\nit - one exacerbation in 2025"},
    {"kind": "prior_authorization", "value": "PSM-26-0044817", "_doc": "d1", "_ev": "Prior auth: PSM-26-0044817"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Never smoked"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1",
     "_ev": "03/06/2026  GLASSIA (alpha1-PI, human) IV"},
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
    "code_selection": "conflict",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-03-06",
    "weight": {"value": 50.5, "unit": "kg", "kg": 50.5, "date": "2026-03-06"},
    "dose_mg": 3018,
    "target_mg": 3030.0,
    "tolerance_mg": 303.0,
    "deviation_pct": -0.4,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 302,
    "units_billed": 302,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-06", "2027-03"],
    "expiration_ok": True,
}

NOTES = """
Gap: code_selection conflict - the only product ever documented is Glassia (J0257), but the DOS claim
line is J0256 (units 302 = ceil(301.8) are right for either 10 mg code, so units_match_dose is met). The
remittance shows J0257 x303 paid for 02/20 and 02/27 (earlier dates, not findings). Two-visit sideways
flowsheet: the 02/27 columns (start 1342, stop 1402, 3,026 mg, lot GL25J0331 exp 2026-12-31) are an
earlier encounter; the 02/27 weight 50.9 kg is the patient's and listed, the 03/06 weight 50.5 kg governs.
DOS start = "start" in the 1340 column, stop = "stop" in the 1400 column; wt/VS 1318, PIV 1329, rate check
1350, d/c 1425 are not. Traps: acetaminophen 500 mg at 1322; ICNs, RA number, member-notice reference
MBR-NTC-0301-77145 (not an authorization); billed/allowed amounts; mother "emphysema" (family, untested);
brother PI*MZ; "tolerated well, no reaction" in the infusion record (tolerance remark, not listed).
"""
