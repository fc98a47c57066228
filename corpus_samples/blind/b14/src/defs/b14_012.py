# b14-012  commercial  Prolastin-C Liquid billed J2252   GAPS: units_match_dose conflict (482 billed as if
# per 10 mg; J2252 is per 1 mg -> 4818); expiration_date conflict (4,000 mg vial exp 03/2026 < DOS 2026-04-14)
# Styles: (3) pharmacist clinical monitoring note, (1) pump infusion-history report table.

PHARM = """CLINICAL PHARMACY NOTE - ALPHA-1 ANTITRYPSIN AUGMENTATION (SOAP)
Lakeside Infusion Center, Evanston campus        04/14/2026 15:10
Pharmacist: Tobias Grünewald, PharmD, BCPS       Patient: ASANTE, Benjamin O. (57 y M)  MRN LIC-2047719
Prescriber: Olivia Marchetti, MD                 Coverage: BCBS of Illinois PPO (commercial)
Authorization: PA-BCBSIL-20260388 (Prolastin-C Liquid 60 mg/kg weekly, 01/15/2026 - 01/14/2027)

S:
Reports a good week; no fever, no new cough. Uses albuterol about twice a week. Had itching
with infusion #3 in 2023 - diphenhydramine premed since, no recurrence. Former smoker (quit
2012). No alcohol for 5 years.

O:
Weight 80.3 kg (chair scale 13:31). Previous: 81.0 kg (04/07), 80.6 kg (03/31).
Vitals 13:33: BP 134/82 HR 70 SpO2 95% RA T 36.8 C.
Dx: alpha-1 antitrypsin deficiency, PI*ZZ; pre-treatment AAT 22 mg/dL; emphysema on CT.
SCr 1.01 mg/dL (03/2026). IgA 198 mg/dL.

DOSE VERIFICATION
  Order: Prolastin-C Liquid 60 mg/kg IV weekly, exact weight-based dose (partial vial OK).
  Dosing weight 80.3 kg x 60 mg/kg = 4,818 mg  -> 4,818 mg / 50 mg/mL = 96.4 mL.
  Dispensed:
    Prolastin-C Liquid 4,000 mg/80 mL x1   lot 25P2261   exp 03/2026
    Prolastin-C Liquid 1,000 mg/20 mL x1   lot 25P3390   exp 10/2026
  Lot/exp transcribed from cartons at 13:20 (room-temp log: out of fridge 12:45).
  Drew entire 4,000 mg vial (80 mL) + 16.4 mL (818 mg) from the 1,000 mg vial into empty bag.
  Amount administered: 4,818 mg (96.4 mL), per pump report 14:02-14:19.
  Discarded: 182 mg (3.6 mL) residual in the 1,000 mg vial - single-use, wasted in black bin
  13:26, witness R. Patel RN.
  Wastage: commercial plan, waste not separately billable; no JW.
  Charge entered: J2252 (alpha-1 PI, per 1 mg CDM mapping) - qty calculated by charge
  capture from dose; see charge review queue.

  Premedication: diphenhydramine 25 mg IV in NS 50 mL over 15 min, 13:40-13:55 (lot DPH-5512,
  exp 09/2027). Acetaminophen 650 mg PO 13:38.

A:
  1. Dose matches label (60.0 mg/kg).
  2. Premed effective historically; no reaction today.
  3. Adherence 100% over the past 3 months.
P:
  - Continue weekly dosing by weight; next 04/21/2026.
  - AAT trough in 05/2026 per Dr. Marchetti.
  - If weight < 76 kg or > 84 kg, pharmacy to recalculate (5% rule).
T. Grünewald, PharmD
"""

PUMP = """INFUSION HISTORY REPORT (pump data via IV interoperability)
Site: Lakeside Infusion Center - Evanston   Chair 12   Pump PC-EV-12   Report run 04/14/2026 15:02
Patient: ASANTE, BENJAMIN O   MRN LIC-2047719   Encounter LIC-ENC-260414-088
Period: 04/14/2026 13:00 - 15:00

+-----+----------+----------+-------------------------------------+-------------+----------+---------+----------+----------+----------------------+
| Ch  | Start    | End      | Drug library entry                  | Conc        | Rate     | VTBI    | Infused  | Duration | Interruptions        |
+-----+----------+----------+-------------------------------------+-------------+----------+---------+----------+----------+----------------------+
| A   | 13:36:41 | 14:19:40 | Sodium chloride 0.9% (carrier)      | -           | 30 mL/h  | 250 mL  | 21.5 mL  | 42m59s   | none                 |
| B   | 13:40:05 | 13:55:09 | Diphenhydramine 25 mg/50 mL         | 0.5 mg/mL   | 200 mL/h | 50 mL   | 50.0 mL  | 15m04s   | none                 |
| B   | 14:02:10 | 14:19:09 | Alpha-1 PI (Prolastin-C Liquid)     | 50 mg/mL    | 360 mL/h | 96.4 mL | 96.4 mL  | 16m59s   | 1 (occlusion, 55 s)  |
| A   | 14:19:40 | 14:24:40 | Sodium chloride 0.9% flush (rate ^) | -           | 120 mL/h | -       | 10.0 mL  | 5m00s    | none                 |
+-----+----------+----------+-------------------------------------+-------------+----------+---------+----------+----------+----------------------+

EVENT DETAIL - Channel B, Alpha-1 PI (Prolastin-C Liquid)
  14:01:32  Program     96.4 mL @ 360 mL/h, conc 50 mg/mL, dose 4818 mg (calculated)
  14:02:10  Start
  14:06:10  Alarm       downstream occlusion (vol infused 24.0 mL)
  14:07:05  Restart     (kinked tubing under armrest)
  14:19:09  Complete    vol infused 96.4 mL = 4818 mg
  14:19:09  KVO         1 mL/h
  14:20:30  Channel off

Auto-documentation: Start 14:02 and Complete 14:19 accepted into eMAR by R. Patel RN at 14:21.
Note: "End" in the table is the Complete/Stop event; KVO and channel-off are not part of the infusion.
"""

PN = """LAKESIDE PULMONARY - FOLLOW-UP NOTE
03/24/2026    Olivia Marchetti, MD
Benjamin O. Asante, 57 M, MRN LIC-2047719

S: Alpha-1 antitrypsin deficiency (PI*ZZ, diagnosed 2019 via family screening after his
brother's liver transplant), pre-treatment AAT 22 mg/dL, emphysema on CT, on weekly
Prolastin-C Liquid since 2020. Former smoker, 15 pack-years, quit 2012. Feels well. Cycles
indoors 3x/week. Exacerbations: none in the past 18 months (previously 2 per year). Had a
cold in February without needing antibiotics. Diphenhydramine premed continues; no itching.

Meds: Prolastin-C Liquid 60 mg/kg IV weekly; tiotropium/olodaterol daily; albuterol PRN;
rosuvastatin 10 mg.

O: BP 130/80 HR 72 SpO2 95% RA Wt 80.6 kg.
   Lungs: mildly decreased breath sounds at bases, no wheeze.
   Spirometry today: FEV1 2.48 L (62% predicted), FEV1/FVC 0.56.
   2025: FEV1 2.51 L. CT chest 2024: mild-moderate panlobular emphysema, lower lobes.

A/P:
1. AATD PI*ZZ with emphysema: doing well on augmentation - stable FEV1 over one year, no
   exacerbations for 18 months, tolerating infusions with premedication. Continue.
2. Reauthorization completed in January (BCBS IL).
3. Trough level in May; annual CMP.
4. Brother (PI*ZZ, post liver transplant) - doing well per patient.
Return 6 months.
O. Marchetti, MD
"""

CHART = {
    "chart_id": "b14-012",
    "date_of_service": "2026-04-14",
    "payer": {"profile": "commercial", "name": "Blue Cross and Blue Shield of Illinois PPO"},
    "prior_authorization": "PA-BCBSIL-20260388",
    "claim_lines": [
        {"hcpcs": "J2252", "units": 482, "modifiers": []},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "96375", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-04-14", "text": PHARM},
        {"id": "d2", "type": "infusion_record", "date": "2026-04-14", "text": PUMP},
        {"id": "d3", "type": "progress_note", "date": "2026-03-24", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-012",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "conflict", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "conflict", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "Dx: alpha-1 antitrypsin deficiency, PI*ZZ"},
        {"kind": "genotype", "alleles": ["Z", "Z"], "_ev": "(PI*ZZ, diagnosed 2019"},
        {"kind": "serum_aat", "value": 22, "unit": "mg/dL", "_ev": "pre-treatment AAT 22 mg/dL"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "panlobular emphysema, lower lobes"},
        {"kind": "fev1", "value": 62, "_ev": "FEV1 2.48 L (62% predicted)"},
        {"kind": "smoking_status", "value": "former", "_ev": "Former smoker (quit\n2012)"},
        {"kind": "weight", "value": 80.3, "unit": "kg", "value_kg": 80.3, "_ev": "Weight 80.3 kg (chair scale 13:31)"},
        {"kind": "weight", "value": 81.0, "unit": "kg", "value_kg": 81.0, "_ev": "81.0 kg (04/07)"},
        {"kind": "weight", "value": 80.6, "unit": "kg", "value_kg": 80.6, "_ev": "80.6 kg (03/31)"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid", "_ev": "Prolastin-C Liquid 4,000 mg/80 mL x1"},
        {"kind": "dose", "value": 4818, "_ev": "Amount administered: 4,818 mg (96.4 mL)"},
        {"kind": "wastage", "value": 182, "_ev": "Discarded: 182 mg (3.6 mL)"},
        {"kind": "lot_number", "value": "25P2261", "_ev": "lot 25P2261"},
        {"kind": "lot_number", "value": "25P3390", "_ev": "lot 25P3390"},
        {"kind": "expiration_date", "value": "2026-03", "_ev": "lot 25P2261   exp 03/2026"},
        {"kind": "expiration_date", "value": "2026-10", "_ev": "lot 25P3390   exp 10/2026"},
        {"kind": "infusion_start", "value": "14:02", "_ev": "14:02:10  Start"},
        {"kind": "infusion_end", "value": "14:19", "_ev": "14:19:09  Complete"},
        {"kind": "response_to_therapy", "_ev": "doing well on augmentation - stable FEV1"},
        {"kind": "prior_authorization", "value": "PA-BCBSIL-20260388", "_ev": "Authorization: PA-BCBSIL-20260388"},
    ],
    "notes": (
        "Two gaps. (1) J2252 is the 1 mg billing unit: ceil(4818/1) = 4818 units, but 482 were billed "
        "(10 mg arithmetic) -> units_match_dose conflict; code J2252 itself covers any A1PI per the guide -> "
        "code_selection met. (2) The 4,000 mg vial lot 25P2261 expires 03/2026 (month end 2026-03-31) before "
        "the DOS 2026-04-14 -> expiration_date conflict, even though the pharmacist wrote the lot/exp as "
        "transcribed; the 1,000 mg vial (exp 10/2026) is in date. Wastage: 182 mg documented, commercial plan, "
        "no JW/JZ -> met. Traps: 80.6 kg appears as 03/31 weight and 03/24 clinic weight (one value); "
        "diphenhydramine IVPB start/end 13:40-13:55 and its lot DPH-5512 exp 09/2027; carrier and flush rows; "
        "program 14:01, alarm 14:06, restart 14:07, KVO, channel off 14:20; room-temp 12:45, transcription "
        "13:20, waste 13:26; hypothetical 76/84 kg; brother PI*ZZ is family."
    ),
}

ARITH = {
    "weight_kg": 80.3, "weight_source": "d1 chair scale 13:31 DOS",
    "dose_mg": 4818, "target_mg": 4818.0, "pct_diff": 0.0,
    "code": "J2252", "bu_mg": 1, "units_expected": 4818, "units_billed": 482,
    "waste_mg": 182, "jw_units_expected": 182, "modifier_expected": "none (commercial)",
    "lots": [
        {"lot": "25P2261", "exp": "2026-03", "dos": "2026-04-14", "expired": True},
        {"lot": "25P3390", "exp": "2026-10", "dos": "2026-04-14", "expired": False},
    ],
    "dos_product": "Prolastin-C Liquid",
    "response_in_progress_note": True,
    "infusion": {"start": "14:02", "end": "14:19"},
}
