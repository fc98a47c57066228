from _lib import F, W, reqs, gold

D1 = """=====================================================================
 CLEARWATER VALLEY HOSPITAL PHARMACY - IV ROOM PREPARATION RECORD
 Automated IV workflow (barcode + gravimetric)  |  Station: IVR-B
=====================================================================
 Prep #        : CVH-IVR-20260812-0093
 Patient       : FONTAINE-MBEKI, ROLAND P      MRN: 4471093    DOB: 09/14/1957
 Location      : Infusion Clinic - Pod C
 Rx order      : Prolastin-C Liquid (alpha1-proteinase inhibitor, human)
                 60 mg/kg IV q7d; weight used 80.6 kg (clinic scale 08/12/2026 08:49)
 Calc dose     : 4,836 mg  ->  rounded to 4,840 mg (96.8 mL of 50 mg/mL)
 Container     : empty sterile bag 150 mL, vented spike; 15 micron filter tubing sent
 BUD           : 08/12/2026 12:25 (room temp)

 -- Component scans -------------------------------------------------
 [09:22:16] 13533-0705-80  PROLASTIN-C LIQUID 4,000 mg/80 mL   lot 27RP0077  exp 2028-01   OK
 [09:22:31] 13533-0705-20  PROLASTIN-C LIQUID 1,000 mg/20 mL   lot 27RN1931  exp 2027-06   OK
 [09:22:40] (rescan) 13533-0705-20                               lot 27RN1931                DUP-IGNORED

 -- Gravimetric -----------------------------------------------------
 Specific gravity 1.02    Target 96.8 mL = 98.7 g    Actual 98.5 g    Dev -0.2%    PASS
 Residual in 1,000 mg vial: 3.2 mL (160 mg) -> discarded, hazardous-free pharmaceutical waste
 (bin IVR-B-2), witness: T. Nakamura CPhT.

 -- Sign-offs -------------------------------------------------------
 Prepared  : H. Szabo, CPhT          09:31
 Checked   : D. Adeyemi, PharmD      09:36   (remote image verification, 4 images)
 Released  : 09:38  -> pneumatic tube to Pod C (arrived 09:41)

 -- Charge ticket (auto) --------------------------------------------
 J2252 x 484  JZ     drug, administered
 J2252 x 16   JW     drug, discarded
 Edit warning: billing unit for J2252 on charge master = 1 mg; ticket units computed as mg/10.
 Edit warning: JW and JZ on same HCPCS for one encounter.
 Status: released to billing 08/12/2026 17:00 without pharmacist override review.
=====================================================================
"""

D2 = """CLEARWATER VALLEY HOSPITAL - INFUSION CLINIC POD C
FLOWSHEET EXPORT: AUGMENTATION THERAPY (ALPHA-1)
Pt: FONTAINE-MBEKI, ROLAND P   MRN 4471093   Sex M   DOB 09/14/1957   Export 08/12/2026 16:02

DATE       TIME  WT(kg)  BP(mmHg)  HR(bpm)  SpO2(%)  TEMP(C)  RN
07/22/2026 08:52 81.9    140/84    80       93       36.6     LB
07/29/2026 08:47 81.4    138/82    82       94       36.7     LB
08/05/2026 08:55 81.1    142/86    78       93       36.5     CW
08/12/2026 08:49 80.6    136/82    80       94       36.8     LB

DATE       PRODUCT        DOSE(mg)  VOL(mL)  RATE(mL/min)  START  STOP   WASTE(mg)  LOT(S)              RN
07/22/2026 PROL-C LIQ     4910      98.2     6.5           09:48  10:07  90         27RN1790/27RN1931   LB
07/29/2026 PROL-C LIQ     4880      97.6     6.5           09:51  10:10  120        27RN1790/27RN1931   LB
08/05/2026 PROL-C LIQ     4870      97.4     6.5           09:46  10:05  130        27RP0077/27RN1931   CW
08/12/2026 PROL-C LIQ     4840      96.8     6.5           09:52  10:11  160        27RP0077/27RN1931   LB

DATE       PREMED            DOSE(mg)  TIME   RN
08/12/2026 acetaminophen     650       09:40  LB
08/12/2026 loratadine        10        09:40  LB

DATE       IV SITE       GAUGE  INSERT  REMOVE  RN
08/12/2026 R forearm     22     09:28   10:20   LB

DATE       REACTION  DETAIL                                    RN
08/12/2026 none      Tolerated; ambulatory at discharge 10:24   LB

Comment 08/12/2026 10:12 (LB): bag empty, 96.8 mL infused = 4,840 mg given. Pharmacy reports
160 mg residual discarded in IV room.
"""

D3 = """CLEARWATER VALLEY PULMONARY - VISIT NOTE (infusion day)
Patient: Roland P. Fontaine-Mbeki    DOB 09/14/1957    MRN 4471093
DOS: 08/12/2026    Clinician: Saoirse D. Kilbride, MD    Location: Infusion Pod C, chair 6

SUBJECTIVE
68-year-old man with alpha-1 antitrypsin deficiency (PiZZ; AAT 22 mg/dL in 2020) and severe
emphysema (FEV1 33% predicted 05/2026), on weekly Prolastin-C Liquid since 2020. Seen today in
Pod C during his infusion. He continues to benefit from augmentation: no exacerbations in 18
months, FEV1 33% -> 33% over the past year, and he remains active (golf cart 9 holes twice
weekly, pushes a light mower). Weight trending down slowly by design (dietitian), 80.6 kg today.
Uses O2 2 L with exertion only. No chest pain, no hemoptysis, no ankle swelling. Sleeps flat.
Occasional reflux at night. No infusion reactions.

Ex-smoker since 2006 (30 pack-years). Drinks 1-2 beers on weekends. Retired electrician.
Family: daughter (34) PI*MZ, AAT 92 mg/dL, non-smoker; son not yet tested.

MEDICATIONS
 fluticasone furoate-umeclidinium-vilanterol (Trelegy) 100-62.5-25 mcg, 1 inhalation daily
 albuterol HFA 90 mcg, 2 puffs q4h PRN (uses ~2x/week)
 Prolastin-C Liquid 60 mg/kg IV weekly (infusion clinic)
 acetaminophen 650 mg + loratadine 10 mg PO before infusions
 rosuvastatin 10 mg daily; omeprazole 20 mg daily; tamsulosin 0.4 mg nightly
 home oxygen 2 L/min with exertion

OBJECTIVE
BP 136/82, HR 80, RR 18, SpO2 94% RA at rest, 89% after walking the hallway (recovers in 1 min).
Barrel chest, distant breath sounds, prolonged expiration, no wheeze or crackles. No clubbing,
no edema. PIV R forearm, site clean.
Labs 07/2026: Hgb 15.9, ALT 24, AST 27, albumin 4.1, creatinine 1.02.

ASSESSMENT / PLAN
1. AATD PiZZ with severe emphysema (E88.01, J43.1) - stable on augmentation. Continue
   Prolastin-C Liquid 60 mg/kg weekly; today's dose per pharmacy on today's weight. Annual AAT
   trough not needed. PFT 11/2026. If FEV1 falls below 30% or he needs continuous O2, will
   discuss referral for lung transplant / valve evaluation.
2. Exertional desaturation - continue ambulatory O2; requalify at next visit.
3. Reflux - continue omeprazole; head-of-bed elevation.
4. Health maintenance - pneumococcal and RSV vaccines up to date; influenza in October.
5. Family - encouraged son's testing.
Return 6 months.

S. D. Kilbride, MD  08/12/2026 11:35
"""

CHART = {
    "chart_id": "b16-013",
    "date_of_service": "2026-08-12",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Noridian JF)"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 484, "modifiers": ["JZ"]},
        {"hcpcs": "J2252", "units": 16, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-08-12", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-08-12", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-08-12", "text": D3},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "alpha-1 antitrypsin deficiency (PiZZ"),
    (F("genotype", alleles=["Z", "Z"]), "(PiZZ; AAT 22 mg/dL"),
    (F("serum_aat", value=22, unit="mg/dL"), "AAT 22 mg/dL in 2020"),
    (F("lung_disease", value="emphysema"), "severe\nemphysema"),
    (W(80.6), "08/12/2026 08:49 80.6"),
    (W(81.1), "08/05/2026 08:55 81.1"),
    (W(81.4), "07/29/2026 08:47 81.4"),
    (W(81.9), "07/22/2026 08:52 81.9"),
    (F("fev1", value=33), "FEV1 33% predicted 05/2026"),
    (F("dose", value=4840), "96.8 mL infused = 4,840 mg given"),
    (F("wastage", value=160), "160 mg residual discarded"),
    (F("lot_number", value="27RP0077"), "lot 27RP0077"),
    (F("lot_number", value="27RN1931"), "lot 27RN1931  exp 2027-06"),
    (F("expiration_date", value="2028-01"), "exp 2028-01"),
    (F("expiration_date", value="2027-06"), "exp 2027-06"),
    (F("infusion_start", value="09:52"), "6.5           09:52"),
    (F("infusion_end", value="10:11"), "09:52  10:11"),
    (F("response_to_therapy"), "He continues to benefit from augmentation"),
    (F("smoking_status", value="former"), "Ex-smoker since 2006"),
    (F("drug_product", value="Prolastin-C Liquid"), "Prolastin-C Liquid (alpha1-proteinase inhibitor, human)"),
]

GOLD = gold(CHART, "medicare", reqs(
    "medicare",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="met", units_match_dose="conflict",
    wastage_documented="conflict", lot_number="met", expiration_date="met", infusion_times="met",
    response_to_therapy="met", prior_authorization="not_applicable", code_selection="met",
), FINDINGS,
    "Gaps: units_match_dose conflict - J2252 has a 1 mg billing unit per the code table, so 4,840 mg needs "
    "J2252 x 4840; 484 were billed (units computed as mg/10). wastage_documented conflict - JW and JZ on the "
    "same code (and JW x 16 would also be wrong: floor(160/1) = 160). code_selection met (the guide's table "
    "lets J2252 cover any A1PI product). Traps: calc 4,836 mg and BUD/prep/check/release/tube times "
    "(09:22-09:41) in the IV-room record; flowsheet rows 07/22-08/05 with their doses, lots and times are "
    "other visits (their weights are historical findings); premeds 09:40, PIV 09:28-10:20, discharge 10:24, "
    "comment 10:12; the duplicate vial scan; daughter PI*MZ 92 mg/dL (family); 'If FEV1 falls below 30%' (hypothetical). Dose 4,840 vs 60 x 80.6 = 4,836 mg (+0.1 %).")

ARITH = {
    "dos": "2026-08-12",
    "product_dos": ["Prolastin-C Liquid"],
    "weight_kg": 80.6, "weight_source": "flowsheet 08/12/2026 08:49",
    "dose_mg": 4840, "dose_source": "flowsheet 08/12 row + comment 10:12 (96.8 mL x 50 mg/mL)",
    "vials": [{"product": "Prolastin-C Liquid 4000 mg", "mg": 4000}, {"product": "Prolastin-C Liquid 1000 mg", "mg": 1000}],
    "code": "J2252", "bu": 1,
    "units_billed": 484, "modifiers_admin": ["JZ"],
    "waste_mg": 160, "jw_units_billed": 16,
    "lots": [{"lot": "27RP0077", "exp": "2028-01"}, {"lot": "27RN1931", "exp": "2027-06"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
