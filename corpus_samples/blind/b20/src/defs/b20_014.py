"""b20-014: medicare, complete. Styles (3) Epic order details / administration audit with a stop time
edited (documented at the wrong time) + (7) weekly run sheet printed after a canceled Christmas Eve week and
a Friday make-up (rows after the DOS); pulmonology note with a 1998 level by radial immunodiffusion.
Prolastin-C, J0256 + JW."""

CHART_ID = "b20-014"
DOS = "2025-12-17"
PAYER = {"profile": "medicare", "name": "Medicare Part B (Palmetto GBA J11)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 495, "modifiers": []},
    {"hcpcs": "J0256", "units": 5, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
Order Details / Administration Audit                                 Page 1 of 1
Patient: WHITFIELD, EUGENE R     MRN: 45100298     DOB: 03/15/1951 (74 y.o.)
Dept: Piedmont Outpatient Infusion    Encounter date: 12/17/2025    Visit type: INFUSION
Printed by: HIM-CDELGADO 12/30/2025 08:14

ORDER
  alpha1-proteinase inhibitor (PROLASTIN-C) 1,000 mg vial - IV infusion
  Order #: 5520917734     Class: Clinic Administered     Mode: Normal
  Dose: 60 mg/kg  Dosing wt: 82.5 kg (12/17/25 0922)  = 4,950 mg
  Admin: reconstitute each 1,000 mg vial with 20 mL SWFI; infuse at 0.08 mL/kg/min;
         give within 3 h of reconstitution; discard unused portion
  Supply: 5 x 1,000 mg vials (5,000 mg); planned waste 50 mg
  Dx: E88.01, J43.1     Authorizing: OYELOWO, FUNMI, MD

STATUS TRAIL
  12/15/25 1131   Ordered                 FOYELOWO     (therapy plan, cycle 61)
  12/16/25 0750   Verified                PHARM-DJAMES
  12/16/25 0750   Ordered (2nd)           FOYELOWO     "Prolastin-C 5,000 mg" - entered twice
  12/16/25 0802   Canceled                PHARM-DJAMES duplicate of #5520917734
  12/17/25 0915   Dispensed               TECH-LWONG   5 vials, Rx# 0098213
  12/17/25 0941   Scanned                 RN-SABBOTT   Lot 26NL0522  Exp 31-JAN-2027  x5
  12/17/25 0956   Given / Started         RN-SABBOTT   4,950 mg (99 mL) IV, R FA 22g
  12/17/25 1048   Stopped                 RN-SABBOTT   infusion complete
  12/17/25 1052   Stopped - EDITED        RN-SABBOTT   action time 1048 -> 1014
                                                       reason: documented at wrong time
                                                       (1048 was PIV removal)
  12/17/25 1015   Wasted                  RN-SABBOTT   50 mg (1 mL) remaining in vial #5;
                                                       witness RN-KPATEL
  12/17/25 1102   Completed               SYSTEM

OTHER ADMINISTRATIONS 12/17/25
  0951  sodium chloride 0.9% flush 10 mL IV         RN-SABBOTT
  1015  sodium chloride 0.9% flush 10 mL IV         RN-SABBOTT
  0935  influenza vaccine HD 0.5 mL IM L deltoid    RN-SABBOTT  Lot U8841AA Exp 06/30/2026
  1048  PIV removed, catheter intact                 RN-SABBOTT

VITALS  0922 Wt 82.5 kg  BP 146/80  HR 70  SpO2 94%    1010 BP 140/78 HR 72 SpO2 95%
"""

D2 = """
PIEDMONT OUTPATIENT INFUSION - ALPHA-1 WEEKLY RUN SHEET
Patient: Whitfield, Eugene R    DOB 03/15/1951    Usual day: WEDNESDAY 0930
Product: Prolastin-C 1,000 mg vials    Payer: Medicare Part B (no PA required)
Printed 12/29/2025 for billing reconciliation - bill ONLY the date-of-service week

Wk  Date        Status        Wt(kg)  Given(mg)  Waste(mg)  Lot / Exp              Start  Stop
--- ----------- ------------- ------- ---------- ---------- ---------------------- ------ -----
49  Wed 12/03   GIVEN         83.0    4,980      20         26NL0417 / 2026-10-31  0948   1007
50  Wed 12/10   GIVEN         82.8    4,970      30         26NL0417 / 2026-10-31  0952   1011
51  Wed 12/17   GIVEN         82.5    4,950      50         26NL0522 / 2027-01-31  0956   1014
52  Wed 12/24   CANCELED      --      --         --         clinic closed (holiday)
52  Fri 12/26   GIVEN-MAKEUP  82.1    4,930      70         26NL0522 / 2027-01-31  1330   1349
01  Wed 12/31   SCHEDULED     --      ~4,900     --         --                     --     --

Billing: wk 51 (DOS 12/17/2025) -> J0256 x 495, J0256-JW x 5, 96365 x 1.
Notes: 12/26 mild headache post infusion - acetaminophen 650 mg PO.
RN: S. Abbott (wk 49-51), K. Patel (wk 52).
"""

D3 = """
PULMONARY OFFICE NOTE                                          11/19/2025
Eugene R. Whitfield, 74 y.o. M                 Funmi Oyelowo, MD

Problem: alpha-1 antitrypsin deficiency (PI*ZZ), diagnosed 1998, with
panlobular emphysema; on weekly Prolastin-C since 2014 (Prolastin before
that). Former smoker, quit 1998 at diagnosis (20 pack-years).

Interval: no exacerbations in 2025; last course of antibiotics 11/2023.
Walking 30 minutes 5 days a week. "I feel the same as last year, which is
good." No hemoptysis, weight stable.

Data:
  AAT 1998 (pretreatment): 62 mg/dL by radial immunodiffusion
    (lab reference at that time 150-350 mg/dL)
  Spirometry 11/2025 post-BD: FEV1 1.53 L, 55% predicted; FEV1/FVC 0.49
  Wt 82.9 kg. SpO2 95% RA.

Assessment/plan:
  1. AATD PI*ZZ with emphysema - stable on augmentation; lung function
     decline has slowed to ~25 mL/yr. Continue Prolastin-C 60 mg/kg weekly.
  2. Influenza vaccine at the infusion visit 12/17.
  3. Grandson (age 6) tested PI*MZ - reassured parents.
  Return 6 months.
Funmi Oyelowo, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2025-12-30", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2025-12-29", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-11-19", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency (PI*ZZ), diagnosed 1998"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "(PI*ZZ), diagnosed 1998"},
    {"kind": "serum_aat", "value": 62, "unit": "mg/dL", "_method": "RID", "_doc": "d3", "_ev": "62 mg/dL by radial immunodiffusion"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "panlobular emphysema"},
    {"kind": "weight", "value": 83.0, "unit": "kg", "value_kg": 83.0, "_date": "2025-12-03", "_doc": "d2", "_ev": "GIVEN         83.0"},
    {"kind": "weight", "value": 82.8, "unit": "kg", "value_kg": 82.8, "_date": "2025-12-10", "_doc": "d2", "_ev": "GIVEN         82.8"},
    {"kind": "weight", "value": 82.5, "unit": "kg", "value_kg": 82.5, "_date": "2025-12-17", "_doc": "d1", "_ev": "Dosing wt: 82.5 kg (12/17/25 0922)"},
    {"kind": "weight", "value": 82.1, "unit": "kg", "value_kg": 82.1, "_date": "2025-12-26", "_doc": "d2", "_ev": "GIVEN-MAKEUP  82.1"},
    {"kind": "weight", "value": 82.9, "unit": "kg", "value_kg": 82.9, "_date": "2025-11-19", "_doc": "d3", "_ev": "Wt 82.9 kg"},
    {"kind": "dose", "value": 4950, "_doc": "d1", "_ev": "4,950 mg (99 mL) IV, R FA 22g"},
    {"kind": "wastage", "value": 50, "_doc": "d1", "_ev": "50 mg (1 mL) remaining in vial #5"},
    {"kind": "lot_number", "value": "26NL0522", "_doc": "d1", "_ev": "Lot 26NL0522  Exp 31-JAN-2027"},
    {"kind": "expiration_date", "value": "2027-01-31", "_doc": "d1", "_ev": "Exp 31-JAN-2027"},
    {"kind": "infusion_start", "value": "09:56", "_doc": "d1", "_ev": "12/17/25 0956   Given / Started"},
    {"kind": "infusion_end", "value": "10:14", "_doc": "d1", "_ev": "action time 1048 -> 1014"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "stable on augmentation; lung function\n     decline has slowed"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": True, "_doc": "d1", "_ev": "alpha1-proteinase inhibitor (PROLASTIN-C)"},
    {"kind": "fev1", "value": 55, "_doc": "d3", "_ev": "FEV1 1.53 L, 55% predicted"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, quit 1998"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "not_applicable", "code_selection": "met",
}

NOTES = """
Complete chart. The 'Stopped 1048' action is edited to 1014 ('documented at wrong time', 1048 was the PIV
removal): end 10:14. Serum 62 mg/dL is by radial immunodiffusion, below the 80 mg/dL RID threshold (met;
it would fail the 57 mg/dL nephelometry threshold). The run sheet is printed after the DOS: weeks 49, 50
and the 12/26 make-up carry their own doses, wastes, lots, exps and times (not DOS) but their weights are
the patient's (listed); DOS weight 82.5 kg decides. Traps: duplicate order 'Prolastin-C 5,000 mg'
canceled; supply 5,000 mg and 'planned waste 50 mg' (order, same value as documented waste); flu vaccine
lot/exp; flush times; scheduled ~4,900 mg; 'Prolastin before that' (older product; if normalized it is
Prolastin-C, already listed); reference range 150-350 mg/dL; grandson PI*MZ.
"""

ARITH = {
    "weight_kg": 82.5, "weight_source": "d1 dosing weight / d2 wk 51 row",
    "dose_mg": 4950, "target_mg": 4950.0, "pct_diff": 0.0, "within_10pct": True,
    "claim": [
        {"hcpcs": "J0256", "modifiers": [], "billed": 495, "expected": 495},
        {"hcpcs": "J0256", "modifiers": ["JW"], "billed": 5, "expected": 5},
    ],
    "waste_mg": 50, "jw_units_expected": 5,
    "lots": [{"lot": "26NL0522", "exp": "2027-01-31", "dos": DOS, "ok": True}],
}
