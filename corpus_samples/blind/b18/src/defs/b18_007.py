# b18-007: commercial (VA MCCF claim to the veteran's private plan). Styles (1) VA CPRS TIU nursing note
# with an addendum correcting the 1 g vials' lot + BCMA medication log, and (5) the private payer's
# utilization-review worksheet ("JW not reimbursed").
# Zemaira 5,540 mg at 92.3 kg (target 5,538 mg), 464 mg wasted and billed on a JW line.
# GAP: wastage_documented conflict (JW line on a commercial claim).

D1 = """ LOCAL TITLE: PULM ALPHA-1 INFUSION NURSING NOTE
STANDARD TITLE: PULMONARY NURSING NOTE
DATE OF NOTE: MAR 10, 2026@09:55     ENTRY DATE: MAR 10, 2026@09:55:12
      AUTHOR: TOLLIVER,RENEE J       EXP COSIGNER:
     URGENCY:                            STATUS: COMPLETED

Veteran identified by name/last 4 (3381)/DOB. Here for weekly ZEMAIRA
(alpha1-proteinase inhibitor) per Dr. Imamura order. Insurance: Northstar
Health Plan (OHI, NSC care) - MCCF precert # NSH-PA-7781204 on file.

S: States breathing is stable on Zemaira - no flares since he started in
   2023, still doing his 30 min on the stationary bike. No fever/URI sx.
   Quit smoking 2015 (40 pk-yr). No new meds.
   ALPHA-1 HX (Dr. Imamura 01/2026 note): severe alpha-1 antitrypsin
   deficiency, PI*ZZ (ZZ by IEF 04/2022, Z/Z by PCR 05/2022), AAT 26 mg/dL;
   panlobular emphysema on CT 2022; FEV1 55% pred 01/2026.
O: VS 1000: T 98.1 F  P 81  R 18  BP 138/84  POX 93% RA
   WT: 203.5 lb [92.3 kg] (03/10/2026 10:00)  HT: 72 in
   PIV 20g R forearm, 1 stick, flushes well.

ZEMAIRA 60 MG/KG = 5538 MG ordered; pharmacy prepared 5540 MG.
  Vials: 1 x 4 g vial (ACTUAL 3,980 MG) + 2 x 1 g vials (ACTUAL 1,012 MG ea)
  = 6,004 mg available.
  Lot 4 g: P100628851  exp 05/2027
  Lot 1 g: see BCMA comment
  Infusion start 1022 (pump), complete 1041. Rate per pump 0.08 mL/kg/min.
  DOSE GIVEN: 5540 MG IV.
  WASTE: 464 MG (remainder of 2nd 1 g vial) - wasted in pharmaceutical
  waste bin, witnessed by M. Quarles RN.
  No reaction. Post VS 1050: BP 132/80 P 78 POX 94%.
A: Tolerated weekly augmentation without incident.
P: RTC 03/17/2026 1000. PIV d/c 1052, tip intact.

/es/ RENEE J TOLLIVER, RN
INFUSION NURSE
Signed: 03/10/2026 11:20

03/10/2026 ADDENDUM                      STATUS: COMPLETED
*** ADDENDUM ***   03/10/2026@15:05
Lot number for the two ZEMAIRA 1 g vials was entered in the BCMA comment
as P100611402 - digits transposed, entered in error. CORRECT LOT per the
vial labels/carton retained in pharmacy: P100611420, exp 12/2026.
Verified with PharmD A. Nwosu.

/es/ RENEE J TOLLIVER, RN
INFUSION NURSE
Signed: 03/10/2026 15:09
"""

D2 = """                                MEDICATION LOG REPORT
Medication Log Report for MAR 03, 2026 to MAR 10, 2026@23:59
Continuing/PRN/Stat/One Time Medication/Treatment Record (Detailed Log) (VAF 10-2970 B, C, D)
Log Type: INDIVIDUAL PATIENT                         Printed: MAR 11, 2026@07:40   Page: 1
------------------------------------------------------------------------------------------------------------------------------------
KRZYZANOWSKI,PAUL E       XXX-XX-3381    DOB: NOV 19,1962 (63)   Ht: 72 in    Wt: 203.5 lb (03/10/26)
Clinic: PULM INFUSION 2C              Allergies: NKA                      ADRs: <None on file>
------------------------------------------------------------------------------------------------------------------------------------
Location
Activity Date   Orderable Item                    Action Action            Drug/Additive/Solution        U/Ord  U/Gvn  Unit
Start Date>     [Dose/Sched/Route/Body Site]      By     Date/Time
Stop Date<
------------------------------------------------------------------------------------------------------------------------------------
   PULM INFUSION 2C
03/03/26 09:50  ALPHA-1-PROTEINASE INHIBITOR      RJT    03/03/26 10:12    ZEMAIRA 4GM VIAL               1.00   1.00  VIAL
                [5540MG ONCE IV]                         GIVEN             ZEMAIRA 1GM VIAL               2.00   2.00  VIAL
                Injection Site: L FOREARM
                Comments: 03/03/26 10:13 RJT  LOT P100628851 / P100598830. WASTE 464MG WITNESSED.
------------------------------------------------------------------------------------------------------------------------------------
   PULM INFUSION 2C
03/10/26 09:58  ACETAMINOPHEN TAB                 RJT    03/10/26 10:05    ACETAMINOPHEN 325MG TAB        2.00   0.00  TAB
                [650MG ONCE PO PRN PRE-MED]              REFUSED
------------------------------------------------------------------------------------------------------------------------------------
   PULM INFUSION 2C
03/10/26 09:58  ALPHA-1-PROTEINASE INHIBITOR      RJT    03/10/26 10:16    ZEMAIRA 4GM VIAL               1.00   1.00  VIAL
                [5540MG ONCE IV]                         GIVEN             ZEMAIRA 1GM VIAL               2.00   2.00  VIAL
                Injection Site: R FOREARM
                Comments: 03/10/26 10:17 RJT  LOT P100628851 EXP 05/2027; 1GM LOT P100611402. WASTE 464MG.
------------------------------------------------------------------------------------------------------------------------------------
   PULM INFUSION 2C
03/10/26 09:58  HEPARIN LOCK FLUSH                RJT    03/10/26 10:51    HEPARIN 10 UNT/ML 5ML SYR      1.00   0.00  SYR
                [50 UNITS ONCE IV]                       HELD
                Comments: 03/10/26 10:51 RJT  PIV REMOVED, NOT NEEDED
------------------------------------------------------------------------------------------------------------------------------------
*** END OF REPORT ***
"""

D3 = """NORTHSTAR HEALTH PLAN - UTILIZATION MANAGEMENT NURSE REVIEW
Specialty Drug Precertification - Continuation Request
Case ID: 26-0219-UM-4470            Received: 02/19/2026   Decision: 02/26/2026
Member: KRZYZANOWSKI, PAUL E        Member ID: NSH0092271   DOB 11/19/1962
Servicing facility: VA Medical Center (OHI billing, MCCF)   Prescriber: K. Imamura, MD
Requested: Zemaira 60 mg/kg IV weekly; J0256 up to 560 units per week x 26 weeks
Policy: NSH-MP-07.114 Alpha-1 Antitrypsin Augmentation (rev. 01/2026)

  CRITERION (as written in policy)                 SUBMITTED RECORD             DETERMINATION
  -----------------------------------------------  ---------------------------  -------------
  A. Severe AATD: PiZZ, PiZ(null), Pi(null)(null)  ZZ by IEF (04/2022),         [X] Met
     or other rare deficient genotype              Z/Z by PCR (05/2022)         [ ] Not met
  B. Serum AAT < 11 umol/L (80 mg/dL RID,           26 mg/dL, nephelometry       [X] Met
     57 mg/dL nephelometry)                         (04/2022)                    [ ] Not met
  C. Emphysema on CT and FEV1 25-80% predicted     CT 2022 panlobular           [X] Met
                                                   emphysema; FEV1 55% (01/26)  [ ] Not met
  D. Non-smoker (>= 6 months) - cotinine if unsure  former, quit 2015           [X] Met
  E. Dose 60 mg/kg IV once weekly                  92 kg -> ~5,520-5,540 mg     [X] Met
  F. Documented benefit on therapy (renewal)       no exacerbations since 2023  [X] Met
  G. Preferred product or documented reason        Zemaira: prescriber letter   [X] Met
                                                   of medical necessity 02/2026

  Billing instructions to provider:
   - Bill J0256 for administered units only (1 unit = 10 mg, round up).
   - Plan does NOT reimburse discarded drug: do not submit JW lines.
   - JZ not required by this plan.

DETERMINATION: APPROVED    Authorization #: NSH-PA-7781204
Valid 03/01/2026 - 08/31/2026, up to 560 units/week. Reviewer: B. Castellanos, RN
"""

CHART = {
    "chart_id": "b18-007",
    "date_of_service": "2026-03-10",
    "payer": {"profile": "commercial", "name": "Northstar Health Plan (VA MCCF third-party claim)"},
    "prior_authorization": "NSH-PA-7781204",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 554, "modifiers": []},
        {"hcpcs": "J0256", "units": 46, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-03-10", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-03-11", "text": D2},
        {"id": "d3", "type": "other", "date": "2026-02-26", "text": D3},
    ],
}
PROFILE = "commercial"
WIDTH = {"d1": 80, "d2": 132}

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d1", "severe alpha-1 antitrypsin\n   deficiency, PI*ZZ"),
    ({"kind": "genotype", "alleles": ["Z", "Z"]}, "d1", "PI*ZZ (ZZ by IEF 04/2022, Z/Z by PCR 05/2022)"),
    ({"kind": "serum_aat", "value": 26, "unit": "mg/dL"}, "d1", "AAT 26 mg/dL"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d1", "panlobular emphysema on CT 2022"),
    ({"kind": "fev1", "value": 55}, "d1", "FEV1 55% pred 01/2026"),
    ({"kind": "smoking_status", "value": "former"}, "d1", "Quit smoking 2015 (40 pk-yr)"),
    ({"kind": "weight", "value": 92.3, "unit": "kg", "value_kg": 92.3}, "d1", "WT: 203.5 lb [92.3 kg] (03/10/2026 10:00)"),
    ({"kind": "drug_product", "value": "Zemaira"}, "d1", "Here for weekly ZEMAIRA"),
    ({"kind": "dose", "value": 5540}, "d1", "DOSE GIVEN: 5540 MG IV."),
    ({"kind": "wastage", "value": 464}, "d1", "WASTE: 464 MG (remainder of 2nd 1 g vial)"),
    ({"kind": "lot_number", "value": "P100628851"}, "d1", "Lot 4 g: P100628851  exp 05/2027"),
    ({"kind": "lot_number", "value": "P100611420"}, "d1", "CORRECT LOT per the\nvial labels/carton retained in pharmacy: P100611420, exp 12/2026."),
    ({"kind": "expiration_date", "value": "2027-05"}, "d1", "P100628851  exp 05/2027"),
    ({"kind": "expiration_date", "value": "2026-12"}, "d1", "P100611420, exp 12/2026"),
    ({"kind": "infusion_start", "value": "10:22"}, "d1", "Infusion start 1022 (pump)"),
    ({"kind": "infusion_end", "value": "10:41"}, "d1", "complete 1041"),
    ({"kind": "response_to_therapy"}, "d1", "States breathing is stable on Zemaira - no flares since he started in\n   2023"),
    ({"kind": "prior_authorization", "value": "NSH-PA-7781204"}, "d1", "MCCF precert # NSH-PA-7781204 on file"),
]

DECOYS = [
    ("d2", "1GM LOT P100611402"),
    ("d2", "LOT P100628851 / P100598830. WASTE 464MG WITNESSED."),
    ("d1", "ZEMAIRA 60 MG/KG = 5538 MG ordered"),
    ("d1", "= 6,004 mg available."),
    ("d3", "Case ID: 26-0219-UM-4470"),
    ("d3", "92 kg -> ~5,520-5,540 mg"),
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
    "wastage_documented": "conflict",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}
EXPECT_GAPS = ["wastage_documented"]

NOTES = ("GAP wastage_documented conflict: commercial plan that does not reimburse waste (its worksheet says "
         "'do not submit JW lines') but the claim carries J0256-JW x 46 for the documented 464 mg. Zemaira "
         "5,540 mg at 92.3 kg (target 5,538 mg), J0256 x 554 met. The BCMA comment's 1 g lot P100611402 was "
         "entered in error; the TIU addendum's P100611420 exp 12/2026 replaces it. Traps: 03/03 BCMA row with "
         "lot P100598830 and the same waste; BCMA scan time 10:16; acetaminophen REFUSED; heparin HELD 10:51; "
         "actual vial potencies 3,980/1,012 mg and 6,004 mg available; payer's '~5,520-5,540 mg' and 560 "
         "units/week; case ID (not the auth); policy thresholds 80/57 mg/dL. The worksheet's 'submitted record' column restates "
         "the TIU history (same values); its criterion column is policy text.")

ARITH = {
    "dos": "2026-03-10",
    "product": "Zemaira",
    "weights": [
        {"value_kg": 92.3, "date": "2026-03-10"},
    ],
    "weight_kg": 92.3,
    "dose_mg": 5540,
    "target_mg": 5538.0,
    "pct_diff": 0.0,
    "within_10pct": True,
    "lines": [
        {"hcpcs": "J0256", "modifiers": [], "billed_units": 554, "bu_mg": 10.0, "expected_units": 554},
        {"hcpcs": "J0256", "modifiers": ["JW"], "billed_units": 46, "bu_mg": 10.0, "expected_units": 46},
    ],
    "waste_mg": 464,
    "jw_units_expected": 46,
    "lots": [
        {"lot": "P100628851", "exp": "2027-05", "exp_compare": "2027-05-31", "expired": False},
        {"lot": "P100611420", "exp": "2026-12", "exp_compare": "2026-12-31", "expired": False},
    ],
}
