from common import doc, emit, req_ids

CID = "b8-007"
DOS = "2026-01-13"

d1 = doc("d1", "progress_note", DOS, """
MTN VIEW COMMUNITY HEALTH CTR - Pulm/Alpha-1 Clinic            NP PROGRESS NOTE
Pt: DELGADO-RUIZ, Ernesto   54 M   MRN 118-22-0931   DOS 1/13/26   Ins: CareBridge (Medicaid MCO)
NP: Thanh Vo, FNP-BC   Supervising: R. Halvorsen, MD

S: f/u AATD on wkly augm. "doing ok." DOE stable @ 1 flight. no AECOPD since 3/25, no ED/hosp.
   AM cough, sm white sputum. rescue inh 1-2x/wk (was daily pre-augm). 2 pillows (baseline). denies CP/LE edema/fever.
   Tob: ex-smoker, quit '11, 25 pk-yr. no vape. EtOH 2 beers/wk.
   Adherence: 0 missed infusions last 3 mo.
O: T 98.1  HR 88  BP 128/76  RR 18  SpO2 92% RA   Wt 70.2 kg (154.8 lb) - was 73.0 kg 10/25
   NAD. Lungs dec BS bilat bases, prolonged exp, no wheeze. Ext no edema/clubbing.
   A1AT 71 mg/dL by RID (1999 dx labs, Univ Hosp) + PiZZ by IEF.  Trough A1AT 82 mg/dL 10/2025 (on augm, nephelometry).
   PFT 11/25: FEV1 1.22 L (44% pred), FVC 2.96 L (66%), ratio 0.41, DLCO 39%.
   CT 2023: severe panlobular emphysema LL > UL.

A/P:
#1 AATD PiZZ (E88.01) w/ emphysema (J43.1) - stable/improved on augm: 0 AECOPD x 10 mo (vs 3/yr pre),
   6MWD 410 -> 425 m, FEV1 stable (45% -> 44%).
   - cont Prolastin-C 60 mg/kg IV q wk. Dose recalc'd to current wt today: 60 x 70.2 = 4,212 -> round 4,200 mg
     (RN to document amt given).
   - trough prn only.
#2 COPD maint - cont fluticasone/umeclidinium/vilanterol 100/62.5/25 1 inh daily, albuterol PRN. rehab done 2024.
#3 Hypoxemia? - SpO2 92% RA, ambulatory desat nadir 89% -> no O2 indicated yet. recheck 6 mo.
#4 HTN - lisinopril 20 mg daily, at goal.
#5 PHQ-2 = 0.
Fam: dtr (22) PiMZ; bro PiZZ (TX, on Zemaira).
Medicaid PA #260104-7719 valid 01/04/26 - 01/03/27 (approval letter scanned to media).
RTC 3 mo, sooner prn.

T. Vo, FNP-BC   1/13/26 1140
""")

d2 = doc("d2", "infusion_record", DOS, """
INFUSION NURSING RECORD - Mtn View CHC Infusion Room                      Date: 01/13/2026
Pt: Delgado-Ruiz, Ernesto   MRN 118-22-0931   RN: Paula Szabo, RN   Chair 2

Product: Prolastin-C (alpha1-PI, human), lyophilized, 1,000 mg single-use vials x 5
  Lot: 2611P0433 (all 5 vials)     Exp: 2026-10
Reconstitution 0940: 20 mL SWFI per vial (50 mg/mL); 5 vials = 100 mL = 5,000 mg available
Dose: ~~4,800 mg~~ 4,200 mg (84 mL)
  Correction 01/13/2026 1108 P. Szabo RN: 4,800 mg was carried over from the 2024 order (80 kg).
  Amount actually infused today per NP dose recalculation = 4,200 mg.
Wasted: 800 mg (16 mL) - unused portion of single-use vial, discarded in pharmaceutical waste,
  witnessed by J. Ocampo, LPN.

Pre VS 0945: T 98.0  HR 88  BP 128/76  RR 18  SpO2 92% RA
IV: 22g L forearm 0950, + blood return, NS flush 10 mL
1005  Infusion START via pump @ 5.5 mL/min
1012  pt reading, no c/o
1015  VS: HR 86  BP 124/74  SpO2 93%
1021  Infusion STOP - 84 mL infused
1022  NS flush 20 mL
1030  Post VS: HR 84  BP 126/74  SpO2 93%. no rash/itch/SOB.
1045  IV d/c'd, cath intact. D/c'd home ambulatory.

Next infusion: 01/20/2026 1000 (4,200 mg per new dosing).
P. Szabo, RN  01/13/2026 1052 (amended 1108)
""")

d3 = doc("d3", "other", "2026-01-05", """
CAREBRIDGE HEALTH PLAN (Medicaid managed care) - PRIOR AUTHORIZATION DETERMINATION
Date issued: 01/05/2026
Member: Ernesto Delgado-Ruiz     Member ID: CB0042217381
Requesting provider: Mountain View Community Health Center (Pulmonary)
Service: J0256 - alpha-1 proteinase inhibitor (Prolastin-C), 60 mg/kg IV once weekly, up to 52 administrations
Authorization number: 260104-7719
Decision: APPROVED     Effective: 01/04/2026 - 01/03/2027
Units approved: up to 520 units (10 mg) per week on J0256; discarded drug (JW) reimbursed per plan policy.

Criteria applied (Pharmacy & Therapeutics policy PH-219, Alpha-1 Proteinase Inhibitors):
  - Member is 18 years of age or older
  - Pre-treatment serum AAT < 11 umol/L (< 80 mg/dL by radial immunodiffusion or < 57 mg/dL by nephelometry)
  - High-risk phenotype: PiZZ, PiZ(null) or Pi(null,null)
  - FEV1 between 25% and 80% of predicted
  - Non-smoker for at least 6 months
  - Reauthorization requires documentation of clinical benefit

Prior request reference CB-APL-55120 (12/2025) was denied for incomplete records; superseded by this approval.
Questions: Utilization Management 1-800-555-0199.

Billing instructions:
  - Bill the administered amount on one line and any discarded amount from single-dose vials on a separate
    line with modifier JW; use JZ when nothing is discarded. Include NDC, NDC unit qualifier and quantity.
  - This authorization does not guarantee payment; member eligibility is verified on the date of service.
  - Site of care: Mountain View CHC infusion room (approved). Home infusion requires a new request.

Member rights: If you disagree with any part of this decision you may ask for an appeal within 60 days.
You may also ask for a State Fair Hearing after the plan's appeal decision. Language assistance is
available free of charge.

Reviewer: K. Obuya, PharmD (clinical pharmacist)     Medical director sign-off: not required (approval)
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "medicaid", "name": "CareBridge Health Plan (Medicaid MCO)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 420, "modifiers": []},
        {"hcpcs": "J0256", "units": 80, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [d1, d2, d3],
}

reqs = {r: "met" for r in req_ids("medicaid")}

gold = {
    "chart_id": CID,
    "profile": "medicaid",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 71, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 82, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 44},
        {"kind": "fev1", "value": 45},
        {"kind": "weight", "value": 70.2, "unit": "kg", "value_kg": 70.2},
        {"kind": "weight", "value": 73.0, "unit": "kg", "value_kg": 73.0},
        {"kind": "dose", "value": 4200},
        {"kind": "wastage", "value": 800},
        {"kind": "lot_number", "value": "2611P0433"},
        {"kind": "expiration_date", "value": "2026-10"},
        {"kind": "infusion_start", "value": "10:05"},
        {"kind": "infusion_end", "value": "10:21"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "260104-7719"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C"},
    ],
    "notes": (
        "Complete Medicaid chart; NP shorthand + strike-through correction. Dose '~~4,800 mg~~ 4,200 mg' with correction "
        "-> 4,200 mg only (4,800 struck). Weight 70.2 kg (73.0 kg 10/25 historical); 60 x 70.2 = 4212; |4200-4212| = 0.3 % "
        "-> met. Units: ceil(4200/10) = 420 = J0256 administered line. Waste 800 mg (5 x 1,000 mg vials - 4,200); JW "
        "floor(800/10) = 80 = billed -> met (Medicaid). Exp 2026-10 -> 2026-10-31 >= DOS. Serum: 71 mg/dL by RID (< 80 "
        "RID threshold) -> met even though 71 >= 57; trough 82 mg/dL on therapy is a patient level above threshold (does "
        "not change met). PA 260104-7719 in NP note and approval letter (no chart field). Traps: NP calc '60 x 70.2 = 4,212 "
        "-> round 4,200' (a calculation; the dose finding comes from RN record); struck 4,800 mg and 2024 80 kg; 5,000 mg "
        "available / 100 mL; 'up to 520 units' authorized and policy criteria text (11 umol/L, 80/57 mg/dL, FEV1 25-80 %, "
        "6 months) are payer text; denied request reference CB-APL-55120 is not an auth number; times 0940 reconstitution, "
        "0945/1015/1030 VS, 0950 IV, 1022 flush, 1045 d/c, 1052/1108 signature/correction, 1140 NP signature; next infusion "
        "01/20 4,200 mg planned; daughter PiMZ, brother PiZZ on Zemaira (family; Zemaira is not this patient's product); "
        "'Hypoxemia?' uncertain; lisinopril 20 mg."
    ),
}

emit(chart, gold)
