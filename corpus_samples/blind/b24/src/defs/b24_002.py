"""b24-002: medicaid, gaps (expiration conflict, smoking status missing). Styles (2) home-infusion
pharmacy software documents (pharmacist clinical monitoring note, delivery ticket, nursing visit
note with Time In/Out and a separate infusion section) + (6) timestamp-prefixed nurse one-liners.
Prolastin-C Liquid 4,000 + 500 mg, J0256 450 JZ."""

CHART_ID = "b24-002"
DOS = "2026-02-11"
PAYER = {"profile": "medicaid", "name": "Keystone First (PA Medicaid MCO)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
    {"hcpcs": "S9346", "units": 1, "modifiers": []},
    {"hcpcs": "99601", "units": 1, "modifiers": []},
]

D1 = """
KEYSTONE HOME INFUSION, LLC            Clinical Monitoring - Pharmacist
Pt: PRUITT, LORETTA J        Pt #: 0047719      DOB: 09/22/1963      Branch: 02 Allentown
Referral MD: Ilse Vandermeer, MD (Pulm)         Nursing agency: Keystone HI nursing (in-house)
Note date: 02/09/2026 14:22        Note type: THERAPY MONITORING - WEEKLY
------------------------------------------------------------------------------------
Therapy: ALPHA-1 PROTEINASE INHIBITOR (HUMAN) IV weekly       Start of care: 04/15/2024
Rx: Prolastin-C Liquid 60 mg/kg IV q7 days, infuse at 0.08 mL/kg/min via ambulatory pump.
Dx: E88.01 Alpha-1-antitrypsin deficiency; J43.9 Emphysema, unspecified
Payer: Keystone First (Medicaid MCO)   Auth # 0194417-KF   01/05/26-07/04/26, 26 units S9346
Allergies: sulfa (rash)      Tobacco use: ***      IgA: 212 mg/dL (2021, not deficient)

Weight / dose review:
  Wt 76.0 kg (RN visit 01/28/26).  60 mg/kg x 76.0 = 4,560 mg.  Dispensed 4,500 mg
  (4,000 mg + 500 mg vials) = -1.3 %, inside the +/-10 % vial-rounding protocol; no change.
  Next wt check each RN visit; call MD if change > 5 %.
Product history: Prolastin-C (lyophilized) 04/2024-09/2024, changed to Prolastin-C Liquid
  10/2024 for shorter prep time (pt preference). No reactions with either.
Labs on file: AAT 22 mg/dL (2021, pre-tx); genotype PI*ZZ (per referral packet).
Drug interactions: none significant (Breztri, albuterol, losartan 50 mg, vitamin D 2000 IU).
Adherence: 43/43 scheduled doses given since 04/2024; no missed visits.
Supplies: 5 micron filter tubing, NS 10 mL flushes, PIV start kits, anaphylaxis kit.
Plan: deliver 02/09 for 02/11 and 02/18 doses; next monitoring note 03/09/26.

Electronically signed: Marisol Quintanilla, PharmD   02/09/2026 14:31
"""

D2 = """
KEYSTONE HOME INFUSION, LLC                    DELIVERY TICKET      Ticket #: DT-2602-08815
Ship to: PRUITT, LORETTA J  (Pt # 0047719)   1418 Cedar Crest Blvd, Allentown PA
Delivery date: 02/09/2026   Route: 2B   Driver: T. Oduya   Cold chain: yes (2-8 C), 1 tote
Rx #: 7714052   Therapy: A1PI weekly   Doses covered: 02/11/2026, 02/18/2026
---------------------------------------------------------------------------------------
Item                                           Lot          Exp        Qty   Unit
PROLASTIN-C LIQUID 4,000 MG/80 ML VIAL         26K0913A     09/2026    2     vial
PROLASTIN-C LIQUID 500 MG/10 ML VIAL           25F1120C     01/2026    2     vial
SODIUM CHLORIDE 0.9% FLUSH 10 ML               5E2217       11/2027    10    syringe
ADMIN SET W/ 5 MICRON FILTER (pump)            CA250612     06/2028    2     each
PIV START KIT 22G                              K44170       03/2028    2     each
EPINEPHRINE AUTO-INJ 0.3 MG (anaphylaxis kit)  4BN771       08/2026    1     each
DIPHENHYDRAMINE 50 MG/ML VIAL (anaphylaxis)    W0391        12/2026    1     vial
SHARPS CONTAINER 1 QT                          --           --         1     each
---------------------------------------------------------------------------------------
Storage: refrigerate 2-8 C. May be kept at room temp up to 25 C for one month, then use or
discard. Do not freeze.
Received in good condition:  L. Pruitt (signature on file)   02/09/2026 16:48
Checked by: M. Quintanilla, PharmD     Packed by: D. Ferris, CPhT
"""

D3 = """
KEYSTONE HOME INFUSION, LLC          NURSING VISIT NOTE        Visit type: SN infusion visit
Pt: PRUITT, LORETTA J    Pt #: 0047719    Visit date: 02/11/2026    RN: Joelle Banerjee, RN
Time In: 09:02        Time Out: 10:48        Mileage: 14        Visit #: 44

0902 arrived at pt home, pt up in chair, husband present
0906 hand hygiene, supplies checked vs delivery ticket, vials in fridge, cold chain ok
0911 VS T 36.5 BP 122/74 HR 80 RR 18 SpO2 92% RA; lungs diminished bilat, no wheeze
0914 wt 75.4 kg on home scale (last visit 02/04: 75.9 kg)
0917 pt reports no fever, no new cough, using Breztri daily; walked to mailbox without stopping
0922 denies reaction to last infusion; no rash, no HA
0928 PIV 22g R hand 1st attempt, blood return +, flushed 10 mL NS
0936 vials out of fridge 0845 per pt's husband (room temp), labels checked, name/DOB verified
0943 Prolastin-C Liquid started via pump @ 6.0 mL/min
0950 VS BP 120/72 HR 82 SpO2 93%, no s/sx reaction
0958 pump complete, 90 mL infused, flushed 10 mL NS
1010 VS BP 124/76 HR 78 SpO2 93%
1022 PIV removed, cath intact, site clean
1030 teaching: s/sx of reaction, when to call 911 vs agency; O2 safety (no open flame /
     no smoking near the concentrator) reviewed with husband
1040 next visit 02/18; pt to call pharmacy for Mon delivery confirmation
1048 left home

INFUSION
  Drug: Prolastin-C Liquid (alpha1-PI)      Ordered: 60 mg/kg IV weekly
  Dose infused: 4,500 mg (80 mL + 10 mL)    Route: PIV R hand 22g
  Lot/Exp: 26K0913A / 09-2026 (4,000 mg);  25F1120C / 01-2026 (500 mg)
  Infusion start: 09:43      Infusion stop: 09:58      Rate: 6.0 mL/min (0.08 mL/kg/min)
  Waste: none - both vials fully infused
  Reaction: none

Electronically signed: Joelle Banerjee, RN   02/11/2026 13:15
"""

D4 = """
LEHIGH VALLEY PULMONARY & SLEEP
Progress Note        Date of visit: 01/20/2026
Patient: Loretta J. Pruitt     DOB 09/22/1963
Provider: Ilse Vandermeer, MD

Chief complaint: AATD follow-up, on home augmentation.

HPI: 62 y/o woman with severe alpha-1 antitrypsin deficiency, PI*ZZ (dx 2021 after her
sister's diagnosis), baseline serum AAT 22 mg/dL, emphysema on CT. Home weekly Prolastin-C
Liquid via Keystone Home Infusion since 04/2024. Since starting infusions she has had one
exacerbation (08/2025) compared with four in 2023; she feels her stamina is better and
reports no infusion problems. Using Breztri 2 puffs BID, albuterol rarely.

Exam: BP 126/78, HR 84, SpO2 93% RA, Wt 167 lb. Decreased breath sounds, prolonged
expiration, no wheeze. No edema.

Spirometry today: FEV1 1.02 L (38% pred), FVC 2.61 L (79% pred), FEV1/FVC 0.39.
CT chest 06/2023: panlobular emphysema, lower lobes > upper.

Assessment:
- Alpha-1 antitrypsin deficiency, PI*ZZ, with emphysema - stable and clinically better on
  augmentation (exacerbations 4/yr -> 1/yr, spirometry unchanged since 01/2025).
- Continue weekly Prolastin-C Liquid 60 mg/kg; orders renewed to Keystone Home Infusion.
- Sister (PI*ZZ) asks about liver screening - advised her own PCP.
- Will repeat spirometry in 6 months; consider pulmonary rehab referral.

Ilse Vandermeer, MD - electronically signed 01/20/2026 17:40
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-02-09", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-09", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-02-11", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-01-20", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01 Alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d4", "_ev": "severe alpha-1 antitrypsin deficiency, PI*ZZ"},
    {"kind": "serum_aat", "value": 22, "unit": "mg/dL", "_doc": "d4", "_ev": "baseline serum AAT 22 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.9 Emphysema, unspecified"},
    {"kind": "weight", "value": 75.4, "unit": "kg", "value_kg": 75.4, "_date": "2026-02-11", "_doc": "d3", "_ev": "0914 wt 75.4 kg on home scale"},
    {"kind": "weight", "value": 75.9, "unit": "kg", "value_kg": 75.9, "_date": "2026-02-04", "_doc": "d3", "_ev": "last visit 02/04: 75.9 kg"},
    {"kind": "weight", "value": 76.0, "unit": "kg", "value_kg": 76.0, "_date": "2026-01-28", "_doc": "d1", "_ev": "Wt 76.0 kg (RN visit 01/28/26)"},
    {"kind": "weight", "value": 167, "unit": "lb", "value_kg": 75.7, "_date": "2026-01-20", "_doc": "d4", "_ev": "Wt 167 lb"},
    {"kind": "dose", "value": 4500, "_doc": "d3", "_ev": "Dose infused: 4,500 mg (80 mL + 10 mL)"},
    {"kind": "wastage", "value": 0, "_doc": "d3", "_ev": "Waste: none - both vials fully infused"},
    {"kind": "lot_number", "value": "26K0913A", "_doc": "d3", "_ev": "Lot/Exp: 26K0913A / 09-2026"},
    {"kind": "lot_number", "value": "25F1120C", "_doc": "d3", "_ev": "25F1120C / 01-2026 (500 mg)"},
    {"kind": "expiration_date", "value": "2026-09", "_doc": "d3", "_ev": "26K0913A / 09-2026 (4,000 mg)"},
    {"kind": "expiration_date", "value": "2026-01", "_doc": "d3", "_ev": "25F1120C / 01-2026 (500 mg)"},
    {"kind": "infusion_start", "value": "09:43", "_doc": "d3", "_ev": "Infusion start: 09:43"},
    {"kind": "infusion_end", "value": "09:58", "_doc": "d3", "_ev": "Infusion stop: 09:58"},
    {"kind": "fev1", "value": 38, "_doc": "d4", "_ev": "FEV1 1.02 L (38% pred)"},
    {"kind": "response_to_therapy", "_doc": "d4", "_ev": "stable and clinically better on\n  augmentation (exacerbations 4/yr -> 1/yr, spirometry unchanged since 01/2025)"},
    {"kind": "prior_authorization", "value": "0194417-KF", "_doc": "d1", "_ev": "Auth # 0194417-KF"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d3", "_ev": "Drug: Prolastin-C Liquid (alpha1-PI)"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d1", "_ev": "Prolastin-C (lyophilized) 04/2024-09/2024"},
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
    "expiration_date": "conflict",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "missing",
}

ARITH = {
    "dos": "2026-02-11",
    "weight": {"value": 75.4, "unit": "kg", "kg": 75.4, "date": "2026-02-11"},
    "dose_mg": 4500,
    "target_mg": 4524.0,
    "tolerance_mg": 452.4,
    "deviation_pct": -0.53,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 450,
    "units_billed": 450,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2026-09", "2026-01"],
    "expiration_ok": False,
}

NOTES = """
Gaps: expiration_date conflict (the 500 mg vial, lot 25F1120C, exp 01-2026 = 2026-01-31, was
infused on 02/11/2026; the delivery ticket shows the same 01/2026); smoking_status missing (the
pharmacist's "Tobacco use: ***" is an unresolved placeholder; O2-safety teaching "no smoking near
the concentrator" is an instruction, not a status). Traps: Time In 09:02 / Time Out 10:48,
arrival/VS/PIV/flush/removal one-liner times, vials out of fridge 0845; the one-liners' 0943/0958
agree with the INFUSION section; pharmacist's 60 mg/kg x 76.0 = 4,560 mg calc; other delivery
items' lots/exps (flushes, filter set, epinephrine, diphenhydramine); qty 2 (two weekly doses);
losartan/vit D doses; IgA 212 mg/dL; sister PI*ZZ; adherence counts. Weights 75.9 (02/04),
76.0 (01/28), 167 lb (01/20) listed; DOS 75.4 kg governs. Historical Prolastin-C listed.
"""
