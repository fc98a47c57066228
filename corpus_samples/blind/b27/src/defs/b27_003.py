"""b27-003: commercial, complete. Styles (4) pharmacist dose-verification / clinical-intervention
note with arithmetic (weight change, recalculation, vial potencies, partial vial, percent
deviation) and (3) telephone prior-authorization call log (auth number among call references,
case numbers and fax confirmations). Zemaira 4,570 mg (4 g kit + 608 mg of a 1 g vial), 410 mg
discarded; J0256 457, no modifier (commercial)."""

CHART_ID = "b27-003"
DOS = "2026-03-05"
PAYER = {"profile": "commercial", "name": "BrightPath Health PPO"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 457, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
PHARMACY CLINICAL NOTE - DOSE VERIFICATION / INTERVENTION
Lakeshore Regional Infusion Pharmacy          Note date: 03/05/2026 08:58
Patient: FAIRWEATHER, COLIN J    MRN 7710342    DOB 10/14/1964    Loc: Infusion Ctr chair 9
Order: Zemaira (alpha1-proteinase inhibitor, human) 60 mg/kg IV once weekly - "do not round"
Prescriber: Folasade Adeyemi, MD (Pulm)

Trigger: weight change >= 5% since last dose calculation (site protocol IV-DR-07).
  Dosing weight on file: 83.0 kg (clinic, 09/16/2025)
  Today's weight:         76.2 kg (infusion ctr scale, 03/05/2026 0815)
  Change: (83.0 - 76.2) / 83.0 = 8.2 % loss  -> recalculation required.

Arithmetic:
  Current order would give 4,980 mg (60 x 83.0) = 4,980 / 4,572 = +8.9 % over today's
  weight-based dose.
  Recalculated: 60 mg/kg x 76.2 kg = 4,572 mg.
  Round to nearest 10 mg -> 4,570 mg  (deviation -0.04 %, within +/-10 %).

Vials available (actual potency from carton):
  Zemaira 4 g kit   lot P100734417  exp 11/30/2027  3,962 mg / 76 mL  (52.1 mg/mL)
  Zemaira 1 g vial  lot P100729905  exp 08/31/2027  1,018 mg / 20 mL  (50.9 mg/mL)
  Whole-vial option = 3,962 + 1,018 = 4,980 mg (+8.9 %); order says do not round, and
  plan does not reimburse discarded drug -> partial vial.
  Needed from 1 g vial: 4,570 - 3,962 = 608 mg / 50.9 mg/mL = 11.9 mL
  Remaining in 1 g vial: 1,018 - 608 = 410 mg (8.1 mL) -> discard after draw.

Intervention: called Dr. Adeyemi 0842 - agrees with 4,570 mg based on 76.2 kg; order
  updated, dosing weight on file changed to 76.2 kg. Time spent 10 min. Category: dose
  adjustment - weight change. Accepted.
Other checks: IgA 188 mg/dL (2019) - not deficient. No interacting meds. Last dose
  02/26/2026 (4,980 mg per previous order, before the weight change was captured).

Dispense: 1 x 4 g kit + 1 x 1 g vial, pooled bag label "ZEMAIRA 4,570 mg in 88 mL",
  5 micron filter, BUD 3 h from reconstitution.
Verified by: Tobias Reinholt, PharmD, BCPS   03/05/2026 08:58
"""

D2 = """
PRIOR AUTH CALL LOG - SPECIALTY DRUG                 Adeyemi Pulmonary Group
Pt: Fairweather, Colin J      DOB 10/14/1964
Ins: BrightPath Health PPO    Member# BPH-883019274   Group# 44120-LKS
Drug/Code: Zemaira J0256, 60 mg/kg IV weekly, site Lakeshore Regional Infusion Ctr
Staff: Renee Batiste (auth specialist)
----------------------------------------------------------------------------------
02/16/26 09:12  Called BrightPath provider svc 1-866-555-0144. Spoke w/ "Kendra".
        Call ref: 0216-KB-55170318. Current auth ends 02/28/26. Renewal goes to
        specialty pharmacy UM (separate line). Xfer'd.
02/16/26 09:31  Specialty UM - rep Dominic R. Ref# SP-260216-4402.
        Opened renewal request, Case ID C-2026-0041178. Needs: OV note w/in 90 days,
        PFT w/ FEV1 % pred, AAT level, genotype, nonsmoker attestation.
02/16/26 14:20  Faxed 11 pages to 1-866-555-0199. Fax confirmation 77310-0216-1420.
02/23/26 10:05  Status: Case C-2026-0041178 approved per rep Mei (ID 70118).
        Call ref: 0223-MW-55244019.
        AUTHORIZATION NUMBER: 8816402253
        Approved: Zemaira up to 60 mg/kg weekly, 52 units of service,
        03/01/2026 - 02/28/2027, place of service 22 (hosp outpt).
        Approval letter to follow by fax.
02/24/26 15:40  Approval letter rec'd by fax (pg 1-2). Letter ID L-0041178-A.
        Scanned to media tab. Entered auth 8816402253 in registration for 03/01-02/28.
----------------------------------------------------------------------------------
"""

D3 = """
INFUSION CENTER FLOWSHEET - LAKESHORE REGIONAL          03/05/2026
Patient: Fairweather, Colin J   MRN 7710342     RN: Gwen Okafor, RN
Arrival 0805 | Chair 9 | Wt 76.2 kg (168 lb) 0815 | Ht 178 cm
0820  VS  BP 132/78  P 74  R 16  T 36.5  SpO2 94% RA
0833  22G PIV L forearm, 1 attempt, brisk blood return
0905  Pharmacy delivered Zemaira bag (pooled) - labeled 4,570 mg / 88 mL
      Bedside check w/ 2nd RN (K. Lund): lots P100734417 (exp 11/30/2027) and
      P100729905 (exp 08/31/2027) match pharmacy record.
0911  ZEMAIRA INFUSION START  ~6 mL/min via 5 micron filter, pump
0930  VS  BP 128/76  P 76  R 16  SpO2 95%
0927  ZEMAIRA INFUSION STOP - bag empty, line flushed NS 10 mL
      Dose given: 4,570 mg.  Discarded: 410 mg (8.1 mL left in 1 g vial, drawn in
      pharmacy, wasted in pharmacy per T. Reinholt) - witnessed K. Lund RN.
0945  VS  BP 126/74  P 72  SpO2 95%. No rash/flushing/SOB.
0950  PIV removed intact. Discharged ambulatory 0952 with spouse.
Next: 03/12/2026 0800.                                    G. Okafor, RN 03/05/2026 1004
"""

D4 = """
ADEYEMI PULMONARY GROUP - PROGRESS NOTE
Visit: 02/12/2026                       Provider: Folasade Adeyemi, MD
Patient: Fairweather, Colin J           DOB 10/14/1964

Subjective: 61 y/o with alpha-1 antitrypsin deficiency (PiZZ, dx 2019 after a brother was
diagnosed) and emphysema, on weekly Zemaira since 05/2019. Lost ~6 kg since the fall on
purpose (diet, walking). Breathing "as good as it's been in years"; no exacerbations in 2025
(2 in 2018 before augmentation). Never smoker - grew up with two smoking parents. Brother
(PiZZ) had a lung transplant in 2021.

Objective: BP 130/80  HR 76  SpO2 94%  Wt 76.8 kg
PFT (post-BD) today: FEV1 1.88 L (47% pred), FVC 4.21 L (93%), FEV1/FVC 0.45, DLCO 55%.
  02/2025: FEV1 1.90 L (48% pred).
Labs: baseline AAT 5.1 umol/L (2019, pre-treatment). IgA 188 mg/dL.

Assessment:
1. AATD, PiZZ - doing well on augmentation: FEV1 stable year over year, no exacerbations.
   Continue Zemaira 60 mg/kg IV weekly; renewal packet to BrightPath (auth ends 02/28).
   Weight is down - pharmacy to re-dose on the infusion-day weight.
2. Emphysema (panacinar, lower lobes on CT 2022) - continue umeclidinium/vilanterol.
3. Weight loss intentional - encouraged, keep protein intake up.

Plan: RTC 6 mo with PFTs. If FEV1 falls below 35% pred we would refer for transplant eval.
F. Adeyemi, MD   signed 02/12/2026 16:40
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-03-05", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-24", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-03-05", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-02-12", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d4", "_ev": "alpha-1 antitrypsin deficiency (PiZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d4", "_ev": "alpha-1 antitrypsin deficiency (PiZZ, dx 2019"},
    {"kind": "serum_aat", "value": 5.1, "unit": "uM", "_doc": "d4", "_ev": "baseline AAT 5.1 umol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d4", "_ev": "Emphysema (panacinar, lower lobes on CT 2022)"},
    {"kind": "weight", "value": 76.2, "unit": "kg", "value_kg": 76.2, "_date": "2026-03-05", "_doc": "d3", "_ev": "Wt 76.2 kg (168 lb) 0815"},
    {"kind": "weight", "value": 83.0, "unit": "kg", "value_kg": 83.0, "_date": "2025-09-16", "_doc": "d1", "_ev": "83.0 kg (clinic, 09/16/2025)"},
    {"kind": "weight", "value": 76.8, "unit": "kg", "value_kg": 76.8, "_date": "2026-02-12", "_doc": "d4", "_ev": "Wt 76.8 kg"},
    {"kind": "dose", "value": 4570, "_doc": "d3", "_ev": "Dose given: 4,570 mg."},
    {"kind": "wastage", "value": 410, "_doc": "d3", "_ev": "Discarded: 410 mg"},
    {"kind": "lot_number", "value": "P100734417", "_doc": "d3", "_ev": "lots P100734417 (exp 11/30/2027)"},
    {"kind": "lot_number", "value": "P100729905", "_doc": "d3", "_ev": "P100729905 (exp 08/31/2027)"},
    {"kind": "expiration_date", "value": "2027-11-30", "_doc": "d3", "_ev": "lots P100734417 (exp 11/30/2027)"},
    {"kind": "expiration_date", "value": "2027-08-31", "_doc": "d3", "_ev": "P100729905 (exp 08/31/2027)"},
    {"kind": "infusion_start", "value": "09:11", "_doc": "d3", "_ev": "0911  ZEMAIRA INFUSION START"},
    {"kind": "infusion_end", "value": "09:27", "_doc": "d3", "_ev": "0927  ZEMAIRA INFUSION STOP"},
    {"kind": "fev1", "value": 47, "_doc": "d4", "_ev": "FEV1 1.88 L (47% pred)"},
    {"kind": "fev1", "value": 48, "_doc": "d4", "_ev": "FEV1 1.90 L (48% pred)"},
    {"kind": "response_to_therapy", "_doc": "d4", "_ev": "doing well on augmentation: FEV1 stable year over year, no exacerbations."},
    {"kind": "prior_authorization", "value": "8816402253", "_doc": "d2", "_ev": "AUTHORIZATION NUMBER: 8816402253"},
    {"kind": "smoking_status", "value": "never", "_doc": "d4", "_ev": "Never smoker"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d3", "_ev": "0911  ZEMAIRA INFUSION START"},
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

ARITH = {
    "dos": "2026-03-05",
    "weight": {"value": 76.2, "unit": "kg", "kg": 76.2, "date": "2026-03-05"},
    "dose_mg": 4570,
    "target_mg": 4572.0,
    "tolerance_mg": 457.2,
    "deviation_pct": -0.04,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 457,
    "units_billed": 457,
    "waste_mg": 410,
    "jw_units_expected": 41,
    "jw_units_billed": 0,
    "modifiers": [],
    "expirations": ["2027-11-30", "2027-08-31"],
    "expiration_ok": True,
}

NOTES = """
Complete (commercial: waste documented, no JW line, no JZ). Pharmacist note: dosing weight 83.0 kg
(09/2025, listed) vs 76.2 kg today, 8.2 % change, old-order 4,980 mg (+8.9 %), calc 4,572 mg,
rounded 4,570 mg, vial potencies 3,962/1,018 mg, whole-vial 4,980 mg, 608 mg / 11.9 mL drawn,
410 mg discard, BUD, last dose 02/26 4,980 mg. Call log: call refs 0216-KB-55170318,
SP-260216-4402, 0223-MW-55244019, case C-2026-0041178, fax confirmation 77310-0216-1420, letter ID
L-0041178-A, member/group numbers; the authorization number is 8816402253 (chart field empty).
Flowsheet: arrival/VS/PIV/pharmacy delivery/discharge times; the 0930 VS line is written after the
0911 start but before the 0927 stop line (out of order). Brother PiZZ transplant (family);
hypothetical transplant referral below 35 %; IgA.
"""
